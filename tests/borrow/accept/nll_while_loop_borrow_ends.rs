// `v.len()` borrows only for the comparison.
fn main() {
    let mut v = vec![0];
    while v.len() < 5 {
        v.push(1);
    }
    println!("{}", v.len());
}
