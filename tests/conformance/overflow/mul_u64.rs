// mul_u64: factorials in u64 with `*=`; 20! fits, 21! panics with
// "attempt to multiply with overflow".
fn main() {
    let mut f: u64 = 1;
    let mut n: u64 = 1;
    while n <= 25 {
        f *= n;
        println!("{}! = {}", n, f);
        n += 1;
    }
}
