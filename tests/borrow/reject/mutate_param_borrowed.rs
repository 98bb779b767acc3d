// Parameters are local variables and follow the same rule.
fn f(mut n: i32) -> i32 {
    let r = &n;
    n = 4; // ERROR: `n` assigned while borrowed
    *r + n
}

fn main() {
    println!("{}", f(1));
}
