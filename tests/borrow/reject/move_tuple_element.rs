// Moving an element out of a tuple partially moves the tuple.
fn main() {
    let t = (String::from("x"), 1);
    let s = t.0;
    let u = t; // ERROR: `t.0` was moved
    println!("{} {}", s, u.1);
}
