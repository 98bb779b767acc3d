// add_u32: a u32 counter incremented with `+=` runs up to u32::MAX; the
// next increment panics with "attempt to add with overflow" (status 101).
fn main() {
    let mut x: u32 = u32::MAX - 3;
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
