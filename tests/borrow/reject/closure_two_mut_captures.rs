// Both closures need `&mut count` while both are live.
fn main() {
    let mut count = 0;
    let mut a = || count += 1;
    let mut b = || count += 2; // ERROR: second mutable capture of `count`
    a();
    b();
    println!("{}", count);
}
