// The move would leave `r` dangling.
fn main() {
    let s = String::from("a");
    let r = &s;
    let t = s; // ERROR: `s` moved while borrowed
    println!("{} {}", r, t);
}
