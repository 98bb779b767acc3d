// `best` may point at `cur` from an earlier iteration when `cur` is overwritten.
fn main() {
    let mut cur = 0;
    let mut best = &0;
    for i in 0..3 {
        cur = i; // ERROR: `cur` assigned while `best` may borrow it
        if i == 1 {
            best = &cur;
        }
    }
    println!("{}", best);
}
