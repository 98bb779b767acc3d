// int_ops: the five arithmetic operators on signed and unsigned integers;
// division truncates toward zero and % takes the dividend's sign.
fn show(a: i32, b: i32) {
    println!("{} {} -> + {} - {} * {} / {} % {}", a, b, a + b, a - b, a * b, a / b, a % b);
}

fn main() {
    show(17, 5);
    show(-17, 5);
    show(17, -5);
    show(-17, -5);
    show(0, 7);
    let a: u32 = 17;
    let b: u32 = 5;
    println!("u32: {} {} {} {} {}", a + b, a - b, a * b, a / b, a % b);
    let big: u64 = 10_000_000_000;
    println!("u64: {}", big * 3 / 7);
    let x: i64 = -9_000_000_000;
    println!("i64: {} {}", x / 1000, x % 7);
    let s: usize = 3;
    println!("usize: {}", s * 4 - 2);
    println!("mixed precedence: {}", 2 + 3 * 4 - 10 / 3 % 2);
    println!("unary: {} {}", -(-5), -3 * -3);
}
