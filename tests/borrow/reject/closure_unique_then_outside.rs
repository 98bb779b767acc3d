// The closure captures `*a` uniquely; calling a function with `a` conflicts.
fn bump(x: &mut i32) {
    *x += 1;
}

fn twice(a: &mut i32) {
    let mut c = || bump(a);
    bump(a); // ERROR: `*a` used while the closure has unique access
    c();
}

fn main() {
    let mut n = 0;
    twice(&mut n);
    println!("{}", n);
}
