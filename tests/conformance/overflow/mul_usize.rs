// mul_usize: factorials in usize with `*=`; 20! fits, 21! panics with
// "attempt to multiply with overflow".
fn main() {
    let mut f: usize = 1;
    let mut n: usize = 1;
    while n <= 25 {
        f *= n;
        println!("{}! = {}", n, f);
        n += 1;
    }
}
