// `r` is dead when `s` moves.
fn main() {
    let s = String::from("a");
    let r = &s;
    println!("{}", r);
    let t = s;
    println!("{}", t);
}
