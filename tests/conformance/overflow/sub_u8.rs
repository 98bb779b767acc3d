// sub_u8: unsigned subtraction that would go below zero panics with
// "attempt to subtract with overflow", even in an expression whose final
// result would fit (evaluation is left to right, each step is checked).
fn diff(a: u8, b: u8) -> u8 {
    a - b
}

fn mixed(a: u8, b: u8) -> u8 {
    a + 1 - b + 10
}

fn main() {
    println!("{}", diff(10, 3));
    println!("{}", diff(u8::MAX, u8::MAX));
    println!("{}", diff(1, 1));
    let a: u8 = 2;
    let b: u8 = 5;
    println!("{}", b - a + 1);
    println!("{}", mixed(5, 2));
    println!("{}", mixed(a, b));
}
