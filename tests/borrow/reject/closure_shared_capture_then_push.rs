// `len` captures `v` by shared reference until its last call.
fn main() {
    let mut v = vec![1];
    let len = || v.len();
    v.push(2); // ERROR: `v` borrowed mutably while the closure borrows it
    println!("{}", len());
}
