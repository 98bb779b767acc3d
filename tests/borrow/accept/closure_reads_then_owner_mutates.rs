// `total` is the closure's last use.
fn main() {
    let mut v = vec![1, 2];
    let total = || v.len();
    let n = total();
    v.push(n as i32);
    println!("{}", v.len());
}
