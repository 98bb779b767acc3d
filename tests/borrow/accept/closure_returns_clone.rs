// The capture is by shared reference; the result is owned.
fn main() {
    let s = String::from("x");
    let dup = || s.clone();
    let a = dup();
    let b = dup();
    println!("{} {} {}", a, b, s);
}
