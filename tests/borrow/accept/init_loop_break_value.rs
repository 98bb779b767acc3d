// The only way out of `loop` is the `break` with a value.
fn main() {
    let mut i = 0;
    let found = loop {
        i += 1;
        if i * i > 20 {
            break i;
        }
    };
    println!("{}", found);
}
