// panic_fmt: panic! with format arguments; the formatted message is printed
// to stderr and the program exits with 101.
fn check(age: i32) -> i32 {
    if age < 0 {
        panic!("invalid age {} (must be >= {})", age, 0);
    }
    age * 2
}

fn main() {
    println!("{}", check(21));
    println!("{}", check(0));
    println!("{}", check(-3));
}
