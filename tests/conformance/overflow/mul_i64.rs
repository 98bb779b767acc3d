// mul_i64: factorials in i64 with `*=`; 20! fits, 21! panics with
// "attempt to multiply with overflow".
fn main() {
    let mut f: i64 = 1;
    let mut n: i64 = 1;
    while n <= 25 {
        f *= n;
        println!("{}! = {}", n, f);
        n += 1;
    }
}
