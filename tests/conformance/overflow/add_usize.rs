// add_usize: a usize counter incremented with `+=` runs up to usize::MAX; the
// next increment panics with "attempt to add with overflow" (status 101).
fn main() {
    let mut x: usize = usize::MAX - 3;
    let mut steps = 0;
    loop {
        println!("x = {}", x);
        x += 1;
        steps += 1;
        if steps > 10 {
            break;
        }
    }
    println!("not reached: {}", x);
}
