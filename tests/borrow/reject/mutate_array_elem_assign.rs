// `e` borrows `a[0]`; writing `a[0]` conflicts.
fn main() {
    let mut a = [1, 2];
    let e = &a[0];
    a[0] = 9; // ERROR: `a[0]` assigned while borrowed
    println!("{}", e);
}
