// `r` is last used before the push.
fn main() {
    let mut a = vec![1];
    let b = vec![2];
    let r = if a.len() > 0 { &a } else { &b };
    println!("{}", r.len());
    a.push(3);
    println!("{}", a.len());
}
