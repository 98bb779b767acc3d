// `x` is assigned only when the condition holds.
fn main() {
    let n = 3;
    let x: i32;
    if n > 2 {
        x = 1;
    }
    println!("{}", x); // ERROR: `x` is uninitialised when `n <= 2`
}
