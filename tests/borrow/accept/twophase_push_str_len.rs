// `s.len()` is evaluated before `push_str`'s mutable borrow is activated.
fn main() {
    let mut s = String::from("ab");
    let mut counts: Vec<usize> = Vec::new();
    counts.push(s.len());
    s.push_str("c");
    counts.push(counts.len() + s.len());
    println!("{:?}", counts);
}
