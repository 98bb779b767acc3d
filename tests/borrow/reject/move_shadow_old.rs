// Shadowing a moved name later does not make an earlier use of it valid.
fn main() {
    let a = vec![1];
    let b = a;
    let c = a; // ERROR: `a` was moved into `b`
    let a = vec![2];
    println!("{} {} {}", a.len(), b.len(), c.len());
}
