// add_u16: a u16 counter incremented with `+=` runs up to u16::MAX; the
// next increment panics with "attempt to add with overflow" (status 101).
fn main() {
    let mut x: u16 = u16::MAX - 3;
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
