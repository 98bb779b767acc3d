// The body's local is dropped every iteration.
fn main() {
    let mut keep: &i32 = &0;
    let mut i = 0;
    while i < 2 {
        let sq = i * i;
        keep = &sq; // ERROR: `sq` does not live long enough
        i += 1;
    }
    println!("{}", keep);
}
