// The `_` arm does not assign `label`.
fn main() {
    let k = 4;
    let label: u32;
    match k {
        1 => label = 10,
        2 => label = 20,
        _ => {}
    }
    println!("{}", label); // ERROR: not assigned when `k` is neither 1 nor 2
}
