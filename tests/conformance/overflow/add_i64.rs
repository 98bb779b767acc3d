// add_i64: i64 addition is exact up to i64::MAX; MAX + 1 panics with
// "attempt to add with overflow" and the program exits with status 101.
fn add(a: i64, b: i64) -> i64 {
    a + b
}

fn main() {
    let max = i64::MAX;
    let min = i64::MIN;
    println!("max = {}", max);
    println!("max - 1 + 1 = {}", add(max - 1, 1));
    println!("min + max = {}", add(min, max));
    println!("min + 0 = {}", add(min, 0));
    println!("-1 + min + 1 = {}", add(add(-1, min), 1));
    let r = add(max, 1);
    println!("not reached: {}", r);
}
