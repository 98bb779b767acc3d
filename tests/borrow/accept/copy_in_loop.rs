// i32 arguments are copied each iteration.
fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    let k = 3;
    let mut s = 0;
    for _i in 0..4 {
        s += square(k);
    }
    println!("{} {}", s, k);
}
