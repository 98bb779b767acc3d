// `inc`'s capture ends at its last call.
fn main() {
    let mut n = 0;
    let mut inc = || n += 1;
    inc();
    inc();
    println!("{}", n);
}
