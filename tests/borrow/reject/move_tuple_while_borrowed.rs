// Moving `t` moves `t.0`, which `r` borrows.
fn main() {
    let t = (String::from("a"), String::from("b"));
    let r = &t.0;
    let u = t; // ERROR: `t` moved while `t.0` is borrowed
    println!("{} {}", r, u.1);
}
