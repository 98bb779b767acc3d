// `r` holds a copy, not a reference.
fn main() {
    let r;
    {
        let x = 5;
        r = x;
    }
    println!("{}", r);
}
