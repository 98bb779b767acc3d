// println_fn: the plain function `println(x)` prints its one argument and a
// newline, like println!("{}", x).
fn println<T: std::fmt::Display>(x: T) { println!("{}", x) } // rs-only

fn main() {
    println("hello");
    println(42);
    println(2.5);
    println('c');
    println(true);
    let s = String::from("owned");
    println(s.as_str());
    println(format!("{}+{}", 1, 2));
    let n: u64 = 18446744073709551615;
    println(n);
}
