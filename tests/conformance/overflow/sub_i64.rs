// sub_i64: i64 subtraction down to i64::MIN is fine; MIN - 1 panics with
// "attempt to subtract with overflow". Decrementing with `-=` in a loop.
fn main() {
    let mut x: i64 = i64::MIN + 2;
    println!("start {}", x);
    println!("max - max = {}", i64::MAX - i64::MAX);
    println!("-1 - max = {}", -1 - i64::MAX);
    let mut i = 0;
    while i < 5 {
        x -= 1;
        println!("after {} steps: {}", i + 1, x);
        i += 1;
    }
}
