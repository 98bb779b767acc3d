// eval_order_panic: arguments are evaluated left to right, so the first two
// side effects happen before the third argument panics.
fn note(label: &'static str, v: i32) -> i32 {
    println!("evaluating {}", label);
    v
}

fn div(a: i32, b: i32) -> i32 {
    println!("dividing {} by {}", a, b);
    a / b
}

fn sum3(a: i32, b: i32, c: i32) -> i32 {
    a + b + c
}

fn main() {
    println!("{}", sum3(note("a", 1), note("b", 2), div(note("c", 6), note("d", 3))));
    println!("{}", sum3(note("a", 1), note("b", 2), div(note("c", 6), note("d", 0))));
}
