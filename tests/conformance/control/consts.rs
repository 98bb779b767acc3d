// consts: `const` items of several types, used in expressions, array
// lengths and other consts; `static` for a global value.
const LIMIT: i32 = 100;
const HALF: i32 = LIMIT / 2;
const NAME: &'static str = "grok";
const SIZE: usize = 4;
const RATIO: f64 = 1.5;
static GREETING: &'static str = "hello";

fn scaled(x: i32) -> f64 {
    x as f64 * RATIO
}

fn main() {
    println!("{} {} {}", LIMIT, HALF, NAME);
    let arr = [7u8; SIZE];
    println!("{:?} {}", arr, arr.len());
    println!("{}", scaled(HALF));
    println!("{}, {}!", GREETING, NAME);
    let mut n = 0;
    while n * n < LIMIT {
        n += 1;
    }
    println!("{}", n);
}
