// `a` is dead when `b` is created.
fn main() {
    let mut x = 0;
    let a = &mut x;
    *a += 1;
    let b = &mut x;
    *b += 1;
    println!("{}", x);
}
