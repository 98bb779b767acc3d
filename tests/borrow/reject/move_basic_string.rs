// A String moved by `let`, then read through the old name.
fn main() {
    let a = String::from("x");
    let b = a;
    println!("{} {}", a, b); // ERROR: `a` was moved to `b`
}
