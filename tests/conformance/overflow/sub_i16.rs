// sub_i16: i16 subtraction down to i16::MIN is fine; MIN - 1 panics with
// "attempt to subtract with overflow". Decrementing with `-=` in a loop.
fn main() {
    let mut x: i16 = i16::MIN + 2;
    println!("start {}", x);
    println!("max - max = {}", i16::MAX - i16::MAX);
    println!("-1 - max = {}", -1 - i16::MAX);
    let mut i = 0;
    while i < 5 {
        x -= 1;
        println!("after {} steps: {}", i + 1, x);
        i += 1;
    }
}
