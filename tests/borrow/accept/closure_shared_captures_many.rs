// Shared captures never conflict.
fn main() {
    let v = vec![1, 2, 3];
    let len = || v.len();
    let first = || v[0];
    println!("{} {} {}", len(), first(), v.len());
}
