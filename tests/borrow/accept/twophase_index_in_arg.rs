// `v[0]` is read before the push takes effect.
fn main() {
    let mut v = vec![5];
    v.push(v[0] * 2);
    println!("{}", v[1]);
}
