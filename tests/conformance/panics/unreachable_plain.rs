// unreachable_plain: unreachable!() panics with
// "internal error: entered unreachable code".
fn classify(n: u32) -> &'static str {
    match n % 3 {
        0 => "fizz",
        1 => "one",
        2 => "two",
        _ => unreachable!(),
    }
}

fn main() {
    for n in 0..4 {
        println!("{} {}", n, classify(n));
    }
    let weird = 7;
    if weird > 5 {
        unreachable!();
    }
    println!("not reached");
}
