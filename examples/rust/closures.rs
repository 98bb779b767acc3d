// Rust twin of examples/closures.grok.
fn square(x: i32) -> i32 {
    x * x
}

fn negate(x: i32) -> i32 {
    -x
}

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn count_matching<P: Fn(i32) -> bool>(v: &Vec<i32>, pred: P) -> usize {
    let mut n = 0;
    for x in v.iter() {
        if pred(*x) {
            n += 1;
        }
    }
    n
}

fn main() {
    println!("apply(square, 7) = {}", apply(square, 7));
    let table: Vec<fn(i32) -> i32> = vec![square, negate];
    for f in table.iter() {
        println!("f(5) = {}", f(5));
    }

    let offset = 10;
    let add_offset = |x: i32| x + offset;
    println!("apply_twice(add_offset, 1) = {}", apply_twice(add_offset, 1));

    let mut total = 0;
    let mut add = |x: i32| total += x;
    add(5);
    add(7);
    println!("total = {}", total);

    let name = String::from("grok");
    let greet = move |n: i32| format!("{} #{}", name, n);
    println!("{}", greet(1));
    println!("{}", greet(2));

    let v = vec![1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    let limit = 6;
    println!("{} values above {}", count_matching(&v, |x| x > limit), limit);
    println!("{} even values", count_matching(&v, |x| x % 2 == 0));
    let squares: Vec<i32> = v.iter().map(|x| x * x).collect();
    println!("squares: {:?}", squares);
    let sum_of_odd_squares: i32 = squares.iter().filter(|x| *x % 2 == 1).sum();
    println!("sum of odd squares: {}", sum_of_odd_squares);
}
