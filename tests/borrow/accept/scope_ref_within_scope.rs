// Both `x` and `r` end in the same block.
fn main() {
    let mut total = 0;
    {
        let x = 5;
        let r = &x;
        total += *r;
    }
    println!("{}", total);
}
