// Box is an owned value and moves.
fn main() {
    let b = Box::new(5);
    let c = b;
    println!("{} {}", c, b); // ERROR: `b` moved into `c`
}
