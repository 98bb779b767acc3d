// display: `{}` of f64 prints the shortest decimal that round-trips, with no
// exponent and no trailing ".0".
fn main() {
    println!("{}", 1.0f64);
    println!("{}", 0.1);
    println!("{}", 0.1 + 0.2);
    println!("{}", 1.5e10);
    println!("{}", 1e21);
    println!("{}", 1e-7);
    println!("{}", 123456789.125);
    println!("{}", -2.5);
    println!("{}", -0.0f64);
    println!("{}", 1.0 / 3.0);
    println!("{}", 2.0f64.sqrt());
    println!("{}", f64::MAX);
    println!("{}", f64::MIN_POSITIVE);
    println!("{}", 5e-324);
    println!("{} {} {}", f64::NAN, f64::INFINITY, -f64::INFINITY);
    println!("{}", 100.0 * 1.1);
}
