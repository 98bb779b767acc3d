// Reading through a second borrow while a `&mut` is still used later.
fn main() {
    let mut s = String::from("a");
    let m = &mut s;
    let r = &s; // ERROR: shared borrow while `m` is live
    m.push_str("b");
    println!("{}", r);
}
