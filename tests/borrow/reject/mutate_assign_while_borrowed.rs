// Assigning to `x` while `r` still refers to it.
fn main() {
    let mut x = 1;
    let r = &x;
    x = 2; // ERROR: `x` assigned while borrowed
    println!("{}", r);
}
