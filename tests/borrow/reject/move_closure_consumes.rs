// A closure that returns its capture by value moves it in when created.
fn main() {
    let s = String::from("q");
    let f = || s;
    let t = f();
    println!("{} {}", t, s); // ERROR: `s` moved into the closure
}
