// After `r = &b`, `a` is free.
fn main() {
    let mut a = 1;
    let b = 2;
    let mut r = &a;
    println!("{}", r);
    r = &b;
    a = 5;
    println!("{} {}", r, a);
}
