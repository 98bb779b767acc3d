// Shared borrows never conflict with each other.
fn main() {
    let v = vec![1, 2];
    let a = &v;
    let b = &v;
    let c = &v[1];
    println!("{} {} {}", a.len(), b.len(), c);
}
