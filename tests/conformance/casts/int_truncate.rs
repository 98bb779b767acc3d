// int_truncate: `as` to a narrower integer keeps the low bits.
fn main() {
    let x: i32 = 300;
    println!("{}", x as u8);
    println!("{}", x as i8);
    println!("{}", -1i32 as u8);
    println!("{}", 65_537i64 as u16);
    println!("{}", 65_535i64 as i16);
    println!("{}", u64::MAX as u32);
    println!("{}", (1u64 << 40 | 5) as i32);
    println!("{}", -129i16 as i8);
    println!("{}", 0x1234_5678u32 as u8);
    println!("{}", i64::MIN as i32);
    println!("{}", 4_294_967_296u64 as usize as u32);
}
