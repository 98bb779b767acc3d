// The closure's mutable capture lives until its last call.
fn main() {
    let mut v = vec![1];
    let mut add = || v.push(2);
    add();
    println!("{}", v.len()); // ERROR: `v` borrowed while the closure mutably captures it
    add();
}
