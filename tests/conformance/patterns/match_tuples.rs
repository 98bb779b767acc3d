// match_tuples: tuple patterns with literals, bindings, `_` and `..`.
fn fizz(n: u32) -> String {
    match (n % 3, n % 5) {
        (0, 0) => String::from("FizzBuzz"),
        (0, _) => String::from("Fizz"),
        (_, 0) => String::from("Buzz"),
        _ => n.to_string(),
    }
}

fn main() {
    for n in 1..=15 {
        print!("{} ", fizz(n));
    }
    println!();
    let points = vec![(0, 0), (3, 0), (0, -2), (1, 1), (5, 7)];
    for p in &points {
        let s = match *p {
            (0, 0) => String::from("origin"),
            (x, 0) => format!("x-axis at {}", x),
            (0, y) => format!("y-axis at {}", y),
            (x, y) if x == y => format!("diagonal {}", x),
            (x, _) => format!("elsewhere, x = {}", x),
        };
        println!("{}", s);
    }
    let quad = (1, 2, 3, 4);
    match quad {
        (first, .., last) => println!("{} {}", first, last),
    }
    let (a, (b, c)) = (1, (2.5, 'q'));
    println!("{} {} {}", a, b, c);
}
