// Two `&mut` of one variable in one call.
fn swap_vals(a: &mut i32, b: &mut i32) {
    let t = *a;
    *a = *b;
    *b = t;
}

fn main() {
    let mut x = 1;
    swap_vals(&mut x, &mut x); // ERROR: `x` borrowed mutably twice
}
