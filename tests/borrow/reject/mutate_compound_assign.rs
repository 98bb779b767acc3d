// Compound assignment is an assignment too.
fn main() {
    let mut total = 0;
    let view = &total;
    total += 5; // ERROR: `total` assigned while borrowed
    println!("{}", view);
}
