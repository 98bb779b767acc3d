// rem_zero_i16: `%=` by a zero divisor panics with
// "attempt to calculate the remainder with a divisor of zero"; remainders of
// negative numbers take the sign of the dividend first.
fn main() {
    let pairs: Vec<(i16, i16)> = vec![(7, 3), (-7, 3), (7, -3), (-7, -3), (5, 0)];
    for (a, b) in pairs {
        let mut r = a;
        r %= b;
        println!("{} % {} = {}", a, b, r);
    }
}
