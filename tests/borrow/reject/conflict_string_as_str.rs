// `view` borrows `s`; `push_str` needs `&mut s`.
fn main() {
    let mut s = String::from("ab");
    let view = &s;
    s.push_str("c"); // ERROR: `s` borrowed mutably while `view` is live
    println!("{}", view);
}
