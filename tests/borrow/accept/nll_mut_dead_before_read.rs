// `m` is not used after the read of `x`.
fn main() {
    let mut x = 1;
    let m = &mut x;
    *m += 1;
    println!("{}", x);
}
