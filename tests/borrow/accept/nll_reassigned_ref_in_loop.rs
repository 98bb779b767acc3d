// At `push`, the value in `last` from the previous iteration is never read again.
fn main() {
    let mut v = vec![0];
    let mut last = &v[0];
    for i in 1..4 {
        v.push(i);
        last = &v[0];
    }
    println!("{}", last);
}
