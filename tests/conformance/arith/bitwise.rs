// bitwise: & | ^ and `!` (bitwise not on integers, logical not on bool),
// shifts on signed (arithmetic) and unsigned (logical) values.
fn main() {
    let a: u8 = 0b1100_1010;
    let b: u8 = 0b1010_0110;
    println!("{} {} {} {}", a & b, a | b, a ^ b, !a);
    let x: i32 = -6;
    println!("{} {} {}", !x, x & 0xFF, x | 1);
    println!("{} {}", x >> 1, x << 2);
    let u: u32 = 0x8000_0000;
    println!("{} {}", u >> 31, u >> 4);
    let i: i32 = i32::MIN;
    println!("{} {}", i >> 31, i >> 4);
    println!("{} {}", !0u16, !0i64);
    println!("{} {}", !true, !false);
    let flags: u16 = 1 << 3 | 1 << 0;
    println!("{} {}", flags, flags & (1 << 3) != 0);
    println!("{}", 1u64 << 63);
    println!("{}", 6 ^ 3 & 5 | 8);
}
