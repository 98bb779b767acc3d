// sub_isize: isize subtraction down to isize::MIN is fine; MIN - 1 panics with
// "attempt to subtract with overflow". Decrementing with `-=` in a loop.
fn main() {
    let mut x: isize = isize::MIN + 2;
    println!("start {}", x);
    println!("max - max = {}", isize::MAX - isize::MAX);
    println!("-1 - max = {}", -1 - isize::MAX);
    let mut i = 0;
    while i < 5 {
        x -= 1;
        println!("after {} steps: {}", i + 1, x);
        i += 1;
    }
}
