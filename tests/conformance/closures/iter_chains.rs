// iter_chains: closures in iterator adapters: map, filter, fold, any, all,
// position, enumerate, zip, rev, sum, count, collect.
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("{:?}", doubled);
    let evens: Vec<i32> = v.iter().filter(|x| **x % 2 == 0).cloned().collect();
    println!("{:?}", evens);
    let total: i32 = v.iter().sum();
    println!("{}", total);
    println!("{}", v.iter().fold(0, |acc, x| acc * 10 + x));
    println!("{} {}", v.iter().any(|x| *x > 8), v.iter().all(|x| *x > 0));
    println!("{:?}", v.iter().position(|x| *x == 5));
    println!("{}", v.iter().filter(|x| **x == 1).count());
    println!("{:?} {:?}", v.iter().max(), v.iter().min());
    for (i, x) in v.iter().enumerate().skip(6) {
        println!("{} {}", i, x);
    }
    let names = vec!["a", "b", "c"];
    let pairs: Vec<(i32, &str)> = v.iter().cloned().zip(names.iter().cloned()).collect();
    println!("{:?}", pairs);
    let back: Vec<i32> = v.iter().rev().take(3).cloned().collect();
    println!("{:?}", back);
    let squares: Vec<u64> = (1..=5).map(|n: u64| n * n).collect();
    println!("{:?}", squares);
}
