// The closure borrows `x`; the closure is called after `x` is dropped.
fn main() {
    let f;
    {
        let x = 5;
        f = || x + 1; // ERROR: `x` does not live long enough (borrowed by the closure)
    }
    println!("{}", f());
}
