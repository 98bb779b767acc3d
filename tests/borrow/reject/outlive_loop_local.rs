// Each iteration's `x` is dropped at the end of the body.
fn main() {
    let mut r = &0;
    for i in 0..3 {
        let x = i * 2;
        r = &x; // ERROR: `x` dropped at the end of the iteration
    }
    println!("{}", r);
}
