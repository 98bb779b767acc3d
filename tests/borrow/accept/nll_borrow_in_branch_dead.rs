// The borrow lives only within the `if` body.
fn main() {
    let mut v = vec![1];
    if v.len() > 0 {
        let r = &v[0];
        println!("{}", r);
    }
    v.push(2);
    println!("{}", v.len());
}
