// panic_plain: panic! with a plain message from inside nested calls; the
// output printed before it is kept.
fn level3(n: i32) -> i32 {
    if n == 3 {
        panic!("reached level three");
    }
    n
}

fn level2(n: i32) -> i32 {
    println!("level2({})", n);
    level3(n + 1)
}

fn main() {
    println!("start");
    println!("{}", level2(1));
    println!("{}", level2(2));
    println!("end");
}
