// shr_overflow_i64: `>>` on i64 is arithmetic (keeps the sign); shifting by
// 64 panics with "attempt to shift right with overflow".
fn shr(x: i64, s: u32) -> i64 {
    x >> s
}

fn main() {
    println!("{}", shr(-1, 63));
    println!("{}", shr(i64::MIN, 63));
    println!("{}", shr(1024, 3));
    println!("{}", shr(-1024, 3));
    println!("{}", shr(i64::MAX, 62));
    println!("{}", shr(5, 64));
}
