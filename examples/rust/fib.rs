// Rust twin of examples/fib.grok.
fn fib_rec(n: u32) -> u64 {
    if n < 2 {
        return n as u64;
    }
    fib_rec(n - 1) + fib_rec(n - 2)
}

fn fib_for(n: u32) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    for _ in 0..n {
        let next = a + b;
        a = b;
        b = next;
    }
    a
}

fn fib_while(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    let mut i = 0;
    while i < n {
        let next = a + b;
        a = b;
        b = next;
        i += 1;
    }
    a
}

fn main() {
    for n in 0..=10 {
        print!("{} ", fib_rec(n));
    }
    println!();
    println!("fib(50) = {}", fib_for(50));
    println!("fib(90) = {}", fib_while(90));

    let mut n = 0;
    let first_big = loop {
        let f = fib_for(n);
        if f > 1_000_000 {
            break f;
        }
        n += 1;
    };
    println!("first above 1e6: fib({}) = {}", n, first_big);
}
