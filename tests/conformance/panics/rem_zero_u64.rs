// rem_zero_u64: the remainder by zero panics with
// "attempt to calculate the remainder with a divisor of zero".
fn rem(a: u64, b: u64) -> u64 {
    a % b
}

fn main() {
    println!("{}", rem(17, 5));
    println!("{}", rem(u64::MAX, 10));
    println!("{}", rem(3, 7));
    let mut n: u64 = 4;
    while n < 100 {
        println!("100 % {} = {}", n, rem(100, n));
        n -= 1;
        if n == 1 {
            n = 0;
        }
    }
}
