// Capturing a variable in a closure uses it.
fn main() {
    let base: i32;
    let add = |x: i32| x + base; // ERROR: `base` captured before it is assigned
    println!("{}", add(1));
}
