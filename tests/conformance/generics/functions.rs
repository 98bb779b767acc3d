// functions: generic functions with and without bounds, called with several
// types; `largest<T: PartialOrd + Copy>`; type arguments inferred or given.
fn id<T>(x: T) -> T {
    x
}

fn largest<T: PartialOrd + Copy>(v: &Vec<T>) -> T {
    let mut best = v[0];
    for x in v {
        if *x > best {
            best = *x;
        }
    }
    best
}

fn pair_up<A, B>(a: A, b: B) -> (A, B) {
    (a, b)
}

fn count_eq<T: PartialEq>(v: &Vec<T>, target: &T) -> usize {
    let mut n = 0;
    for x in v {
        if x == target {
            n += 1;
        }
    }
    n
}

fn main() {
    println!("{} {} {}", id(5), id("five"), id(5.5));
    println!("{}", largest(&vec![3, 9, 2]));
    println!("{}", largest(&vec![1.5, -2.0]));
    println!("{}", largest(&vec!['x', 'b', 'z']));
    println!("{:?}", pair_up(1u8, "one"));
    println!("{:?}", pair_up::<i64, bool>(-1, true));
    println!("{}", count_eq(&vec!["a", "b", "a"], &"a"));
    println!("{}", count_eq(&vec![1, 1, 1], &2));
    let s = id(String::from("moved through"));
    println!("{}", s);
}
