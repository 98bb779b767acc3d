// div_min_neg1_i32: i32::MIN / -1 does not fit and panics with
// "attempt to divide with overflow"; other divisions of MIN are fine.
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    let min = i32::MIN;
    println!("{}", div(min, 1));
    println!("{}", div(min, 2));
    println!("{}", div(min, min));
    println!("{}", div(min + 1, -1));
    println!("{}", div(min, -1));
}
