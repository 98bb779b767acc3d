// shl_overflow_u32: shifting a u32 left by 31 is fine (bits fall off the top);
// a shift by 32 or more panics with "attempt to shift left with overflow".
fn shl(x: u32, s: u32) -> u32 {
    x << s
}

fn main() {
    println!("{}", shl(1, 0));
    println!("{}", shl(1, 31));
    println!("{}", shl(3, 31));
    println!("{}", shl(0xFFFF_FFFF, 4));
    println!("{}", shl(1, 32));
}
