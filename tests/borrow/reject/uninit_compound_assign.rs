// `+=` reads the variable before writing it.
fn main() {
    let mut count: i32;
    count += 1; // ERROR: `count` read by `+=` before any assignment
    println!("{}", count);
}
