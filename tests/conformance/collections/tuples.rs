// tuples: tuple construction, `.0`/`.1` access, nesting, tuples as
// function results, mutation of a field, and comparison.
fn min_max(v: &Vec<i32>) -> (i32, i32) {
    let mut lo = v[0];
    let mut hi = v[0];
    for x in v {
        if *x < lo {
            lo = *x;
        }
        if *x > hi {
            hi = *x;
        }
    }
    (lo, hi)
}

fn main() {
    let t = (1, "two", 3.0);
    println!("{} {} {}", t.0, t.1, t.2);
    let nested = ((1, 2), (3, (4, 5)));
    println!("{}", (nested.1).1.0 + nested.0.1);
    let (lo, hi) = min_max(&vec![4, -2, 9, 0]);
    println!("{} {}", lo, hi);
    let mut p = (0, 0);
    p.0 += 5;
    p.1 = p.0 * 2;
    println!("{:?}", p);
    println!("{}", (1, 2, 3) < (1, 2, 4));
    let unit = ();
    println!("{:?}", unit);
    let pairs = vec![(1, 'a'), (2, 'b')];
    let firsts: Vec<i32> = pairs.iter().map(|p| p.0).collect();
    println!("{:?}", firsts);
}
