// arith: IEEE-754 arithmetic: division by zero gives infinities, 0/0 is NaN,
// NaN compares unequal to everything, rounding is to nearest even.
fn main() {
    let zero = 0.0f64;
    println!("{} {}", 1.0 / zero, -1.0 / zero);
    let nan = zero / zero;
    println!("{} {} {}", nan == nan, nan < 1.0, nan != nan);
    println!("{}", nan.is_nan());
    println!("{}", 0.1 + 0.2 == 0.3);
    println!("{}", (0.1f64 + 0.2 - 0.3).abs() < 1e-12);
    println!("{}", 9007199254740992.0 + 1.0);
    println!("{}", 9007199254740992.0 + 2.0);
    println!("{}", 1e308 * 10.0);
    println!("{}", -7.5 % 2.0);
    println!("{}", 7.5 % -2.0);
    println!("{}", -(0.0f64) == 0.0);
    println!("{}", 1.0 / (-(0.0f64)));
    let mut x = 1.0;
    x += 0.5;
    x *= 4.0;
    x -= 1.0;
    x /= 2.0;
    println!("{}", x);
}
