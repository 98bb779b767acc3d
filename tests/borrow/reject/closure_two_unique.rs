// Both closures reborrow `*x` uniquely and both are live.
fn set(x: &mut i32) {
    *x = 3;
}

fn both(x: &mut i32) {
    let mut c1 = || set(x);
    let mut c2 = || set(x); // ERROR: two closures require unique access to `*x`
    c2();
    c1();
}

fn main() {
    let mut n = 0;
    both(&mut n);
    println!("{}", n);
}
