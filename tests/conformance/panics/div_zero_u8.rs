// div_zero_u8: u8 division and `/=` by zero panic with "attempt to divide by zero".
fn main() {
    let mut x: u8 = 200;
    let divisors: Vec<u8> = vec![3, 2, 1, 0, 5];
    for d in divisors {
        x /= d;
        println!("after / {}: {}", d, x);
    }
}
