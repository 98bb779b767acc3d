// `first` is last used before `push`, so the borrow has ended.
fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    println!("{}", first);
    v.push(3);
    println!("{}", v.len());
}
