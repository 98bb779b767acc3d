// `snapshot` is used after the loop, so `n` stays borrowed through the loop.
fn main() {
    let mut n = 5;
    let snapshot = &n;
    while n > 0 {
        n -= 1; // ERROR: `n` assigned while `snapshot` is live
    }
    println!("{}", snapshot);
}
