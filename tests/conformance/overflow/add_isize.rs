// add_isize: isize addition is exact up to isize::MAX; MAX + 1 panics with
// "attempt to add with overflow" and the program exits with status 101.
fn add(a: isize, b: isize) -> isize {
    a + b
}

fn main() {
    let max = isize::MAX;
    let min = isize::MIN;
    println!("max = {}", max);
    println!("max - 1 + 1 = {}", add(max - 1, 1));
    println!("min + max = {}", add(min, max));
    println!("min + 0 = {}", add(min, 0));
    println!("-1 + min + 1 = {}", add(add(-1, min), 1));
    let r = add(max, 1);
    println!("not reached: {}", r);
}
