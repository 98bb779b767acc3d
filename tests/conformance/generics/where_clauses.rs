// where_clauses: bounds written in `where`, several type parameters, and
// generic functions calling other generic functions.
fn max_of<T>(a: T, b: T) -> T
where
    T: PartialOrd,
{
    if a >= b { a } else { b }
}

fn max3<T>(a: T, b: T, c: T) -> T
where
    T: PartialOrd + Copy,
{
    max_of(max_of(a, b), c)
}

trait Weight {
    fn weight(&self) -> u32;
}

impl Weight for char {
    fn weight(&self) -> u32 {
        *self as u32 - 'a' as u32 + 1
    }
}

impl Weight for bool {
    fn weight(&self) -> u32 {
        if *self { 1 } else { 0 }
    }
}

fn heaviest<T, U>(a: &Vec<T>, b: &Vec<U>) -> u32
where
    T: Weight,
    U: Weight,
{
    let mut acc = 0;
    for x in a {
        acc += x.weight();
    }
    for y in b {
        acc += y.weight();
    }
    acc
}

fn main() {
    println!("{}", max3(4, 9, 2));
    println!("{}", max3(0.5, -1.0, 0.25));
    println!("{}", max3("pear", "apple", "zebra"));
    println!("{}", max_of(String::from("b"), String::from("a")));
    println!("{}", heaviest(&vec!['a', 'c', 'z'], &vec![true, false, true]));
    println!("{}", heaviest(&vec![false], &vec!['b']));
}
