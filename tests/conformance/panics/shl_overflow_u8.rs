// shl_overflow_u8: `<<=` on a u8 by its bit width (8) panics with
// "attempt to shift left with overflow"; smaller shifts truncate.
fn main() {
    let mut x: u8 = 0b1011;
    let mut s: u32 = 2;
    while s <= 8 {
        let mut y = x;
        y <<= s;
        println!("{} << {} = {}", x, s, y);
        s += 3;
        x += 1;
    }
}
