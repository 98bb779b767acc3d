// `inc` is called after the read on every iteration, so it is live at the read.
fn main() {
    let mut n = 0;
    let mut inc = || n += 1;
    for _i in 0..3 {
        println!("{}", n); // ERROR: `n` borrowed while `inc` mutably captures it
        inc();
    }
}
