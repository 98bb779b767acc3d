// recursion: direct and mutual recursion, deep enough to need real stack
// frames (depth 10000).
fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn depth(n: u32) -> u32 {
    if n == 0 { 0 } else { 1 + depth(n - 1) }
}

fn main() {
    println!("fib(25) = {}", fib(25));
    println!("{} {}", is_even(10), is_odd(7));
    println!("{}", is_even(7));
    println!("ackermann(2, 3) = {}", ackermann(2, 3));
    println!("depth {}", depth(10000));
}
