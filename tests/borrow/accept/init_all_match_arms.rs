// The `_` arm covers the rest.
fn main() {
    let k = 4;
    let label: u32;
    match k {
        1 => label = 10,
        2 => label = 20,
        _ => label = 0,
    }
    println!("{}", label);
}
