// div_zero_i32: integer division by a zero divisor panics with
// "attempt to divide by zero"; the lines before it are printed first.
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("7 / 2 = {}", div(7, 2));
    println!("-7 / 2 = {}", div(-7, 2));
    println!("7 / -2 = {}", div(7, -2));
    println!("0 / 5 = {}", div(0, 5));
    let zero = div(1, 2);
    println!("1 / 2 = {}", zero);
    println!("9 / 0 = {}", div(9, zero));
}
