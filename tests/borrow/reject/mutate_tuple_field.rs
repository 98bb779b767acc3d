// A borrow of `t.0` blocks an assignment to `t.0`.
fn main() {
    let mut t = (1, 2);
    let a = &t.0;
    t.0 = 7; // ERROR: `t.0` assigned while borrowed
    println!("{} {}", a, t.1);
}
