// Two mutable borrows of one variable.
fn main() {
    let mut x = 1;
    let a = &mut x;
    let b = &mut x; // ERROR: second `&mut x` while `a` is live
    *a += 1;
    *b += 1;
}
