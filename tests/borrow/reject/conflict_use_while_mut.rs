// Using `x` directly while a mutable reference to it is still used.
fn main() {
    let mut x = 10;
    let r = &mut x;
    let y = x + 1; // ERROR: `x` used while mutably borrowed by `r`
    *r += y;
}
