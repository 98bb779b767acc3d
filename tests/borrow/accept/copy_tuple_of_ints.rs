// `(i32, bool)` copies.
fn main() {
    let t = (1, true);
    let u = t;
    println!("{:?} {:?}", t, u);
}
