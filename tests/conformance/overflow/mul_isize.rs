// mul_isize: factorials in isize with `*=`; 20! fits, 21! panics with
// "attempt to multiply with overflow".
fn main() {
    let mut f: isize = 1;
    let mut n: isize = 1;
    while n <= 25 {
        f *= n;
        println!("{}! = {}", n, f);
        n += 1;
    }
}
