// Reassigning drops the old String the reference points to.
fn main() {
    let mut s = String::from("old");
    let r = &s;
    s = String::from("new"); // ERROR: `s` assigned while borrowed
    println!("{} {}", r, s);
}
