// sub_u32: unsigned subtraction that would go below zero panics with
// "attempt to subtract with overflow", even in an expression whose final
// result would fit (evaluation is left to right, each step is checked).
fn diff(a: u32, b: u32) -> u32 {
    a - b
}

fn mixed(a: u32, b: u32) -> u32 {
    a + 1 - b + 10
}

fn main() {
    println!("{}", diff(10, 3));
    println!("{}", diff(u32::MAX, u32::MAX));
    println!("{}", diff(1, 1));
    let a: u32 = 2;
    let b: u32 = 5;
    println!("{}", b - a + 1);
    println!("{}", mixed(5, 2));
    println!("{}", mixed(a, b));
}
