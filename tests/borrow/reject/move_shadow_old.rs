// Moving a value and shadowing its name: the new binding is fine, the moved
// value itself is read through a copy of the old name taken earlier.
fn main() {
    let a = vec![1];
    let b = a;
    let c = a; // ERROR: `a` was moved into `b`
    let a = vec![2];
    println!("{} {} {}", a.len(), b.len(), c.len());
}
