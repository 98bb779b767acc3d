// A declared variable read without any assignment.
fn main() {
    let total: i64;
    println!("{}", total); // ERROR: `total` never assigned
}
