// sub_i32: i32 subtraction down to i32::MIN is fine; MIN - 1 panics with
// "attempt to subtract with overflow". Decrementing with `-=` in a loop.
fn main() {
    let mut x: i32 = i32::MIN + 2;
    println!("start {}", x);
    println!("max - max = {}", i32::MAX - i32::MAX);
    println!("-1 - max = {}", -1 - i32::MAX);
    let mut i = 0;
    while i < 5 {
        x -= 1;
        println!("after {} steps: {}", i + 1, x);
        i += 1;
    }
}
