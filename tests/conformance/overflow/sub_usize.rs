// sub_usize: unsigned subtraction that would go below zero panics with
// "attempt to subtract with overflow", even in an expression whose final
// result would fit (evaluation is left to right, each step is checked).
fn diff(a: usize, b: usize) -> usize {
    a - b
}

fn mixed(a: usize, b: usize) -> usize {
    a + 1 - b + 10
}

fn main() {
    println!("{}", diff(10, 3));
    println!("{}", diff(usize::MAX, usize::MAX));
    println!("{}", diff(1, 1));
    let a: usize = 2;
    let b: usize = 5;
    println!("{}", b - a + 1);
    println!("{}", mixed(5, 2));
    println!("{}", mixed(a, b));
}
