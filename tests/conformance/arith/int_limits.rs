// int_limits: MIN and MAX of every integer width, and literals written in
// hex, binary, octal, with underscores and with type suffixes.
fn main() {
    println!("i8 {} {}", i8::MIN, i8::MAX);
    println!("i16 {} {}", i16::MIN, i16::MAX);
    println!("i32 {} {}", i32::MIN, i32::MAX);
    println!("i64 {} {}", i64::MIN, i64::MAX);
    println!("u8 {} {}", u8::MIN, u8::MAX);
    println!("u16 {} {}", u16::MIN, u16::MAX);
    println!("u32 {} {}", u32::MIN, u32::MAX);
    println!("u64 {} {}", u64::MIN, u64::MAX);
    println!("isize {} usize {}", isize::MAX, usize::MAX);
    println!("{} {} {} {}", 0xFF, 0b1010, 0o755, 1_000_000);
    println!("{} {} {}", 42u8, 0xFF_usize, 0x7fff_ffff_ffff_ffffi64);
    println!("{} {}", 255u8 as i32 + 1, -128i8);
    let h: u64 = 0xDEAD_BEEF;
    println!("{}", h);
    let b = 0b1111_0000u8;
    println!("{}", b);
}
