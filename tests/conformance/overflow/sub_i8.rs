// sub_i8: i8 subtraction down to i8::MIN is fine; MIN - 1 panics with
// "attempt to subtract with overflow". Decrementing with `-=` in a loop.
fn main() {
    let mut x: i8 = i8::MIN + 2;
    println!("start {}", x);
    println!("max - max = {}", i8::MAX - i8::MAX);
    println!("-1 - max = {}", -1 - i8::MAX);
    let mut i = 0;
    while i < 5 {
        x -= 1;
        println!("after {} steps: {}", i + 1, x);
        i += 1;
    }
}
