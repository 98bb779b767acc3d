// rem_min_neg1_i64: i64::MIN % -1 panics with
// "attempt to calculate the remainder with overflow" (the quotient overflows).
fn rem(a: i64, b: i64) -> i64 {
    a % b
}

fn main() {
    let min = i64::MIN;
    println!("{}", rem(min, 3));
    println!("{}", rem(min, i64::MAX));
    println!("{}", rem(min + 1, -1));
    println!("{}", rem(-9, -4));
    println!("{}", rem(min, -1));
}
