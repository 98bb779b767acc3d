// exp_notation: `{:e}` (LowerExp) prints a float or integer in scientific
// notation with the shortest mantissa; `{:.2e}` fixes the digits.
fn main() {
    println!("{:e}", 1234.5);
    println!("{:e}", 0.00012);
    println!("{:e}", 1.0);
    println!("{:e}", 0.0);
    println!("{:.2e}", 123456.0);
    println!("{:E}", 1e-10);
    println!("{:e}", 1500);
}
