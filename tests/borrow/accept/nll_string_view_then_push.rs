// `view` is last used before `push_str`.
fn main() {
    let mut s = String::from("ab");
    let view = &s;
    let n = view.len();
    s.push_str("c");
    println!("{} {}", n, s);
}
