// `r` is dead at the assignment.
fn main() {
    let mut x = 1;
    let r = &x;
    let y = *r + 1;
    x = y;
    println!("{}", x);
}
