// The mutable iteration borrow ends with the loop.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in &mut v {
        *x *= 2;
    }
    v.push(7);
    println!("{:?}", v);
}
