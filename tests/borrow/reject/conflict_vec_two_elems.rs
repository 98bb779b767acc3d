// Indexing borrows the whole Vec, so two `&mut v[i]` conflict.
fn main() {
    let mut v = vec![1, 2, 3];
    let a = &mut v[0];
    let b = &mut v[1]; // ERROR: second mutable borrow of `v`
    *a += *b;
}
