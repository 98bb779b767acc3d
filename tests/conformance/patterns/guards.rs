// guards: `if` guards see the bindings of their arm; a failing guard falls
// through to later arms; guards can call functions.
fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    for n in 0..12u32 {
        let s = match n {
            x if is_prime(x) && x % 2 == 1 => "odd prime",
            x if is_prime(x) => "even prime",
            x if x % 2 == 0 => "even",
            _ => "odd",
        };
        println!("{} {}", n, s);
    }
    let v: Vec<Option<i32>> = vec![Some(-3), Some(0), None, Some(8)];
    for o in &v {
        match o {
            Some(x) if *x < 0 => println!("negative {}", x),
            Some(0) => println!("zero"),
            Some(x) => println!("positive {}", x),
            None => println!("missing"),
        }
    }
}
