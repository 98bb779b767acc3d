// let_destructure: irrefutable patterns in let, function parameters, for
// loops and closures: tuples, nested tuples, structs, `_`.
struct Pair {
    a: i32,
    b: i32,
}

fn swap((x, y): (i32, i32)) -> (i32, i32) {
    (y, x)
}

fn sum_pair(Pair { a, b }: Pair) -> i32 {
    a + b
}

fn main() {
    let (x, y) = (1, 2);
    println!("{} {}", x, y);
    let (p, q) = swap((x, y));
    println!("{} {}", p, q);
    let ((a, b), c) = ((3, 4), 5);
    println!("{}", a + b + c);
    let (_, second, _) = ("skip", "keep", "skip");
    println!("{}", second);
    let Pair { a: first, b: last } = Pair { a: 10, b: 20 };
    println!("{} {}", first, last);
    println!("{}", sum_pair(Pair { a: 7, b: 8 }));
    let v = vec![(1, "one"), (2, "two")];
    for (n, name) in &v {
        println!("{} = {}", n, name);
    }
    let add = |(m, n): (i32, i32)| m + n;
    println!("{}", add((20, 22)));
    let mut total = 0;
    for (i, (k, _)) in v.iter().enumerate() {
        total += i as i32 * k;
    }
    println!("{}", total);
}
