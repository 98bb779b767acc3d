// Reading both values first avoids overlapping borrows.
fn main() {
    let mut v = vec![1, 2];
    let a = v[0];
    let b = v[1];
    v[0] = b;
    v[1] = a;
    println!("{:?}", v);
}
