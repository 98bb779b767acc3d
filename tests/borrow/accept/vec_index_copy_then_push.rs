// `v[0]` is an i32 copy, not a borrow.
fn main() {
    let mut v = vec![1, 2];
    let first = v[0];
    v.push(first);
    println!("{:?}", v);
}
