// div_min_neg1_i8: i8::MIN / -1 panics with "attempt to divide with overflow".
fn div(a: i8, b: i8) -> i8 {
    a / b
}

fn main() {
    let mut d: i8 = 4;
    while d > -3 {
        println!("-128 / {} = {}", d, div(i8::MIN, d));
        d -= 1;
        if d == 0 {
            d = -1;
        }
    }
}
