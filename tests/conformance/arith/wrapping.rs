// wrapping: wrapping_add/sub/mul wrap around modulo 2^N in every width.
fn main() {
    println!("{}", 250u8.wrapping_add(10));
    println!("{}", 0u8.wrapping_sub(1));
    println!("{}", 16u8.wrapping_mul(17));
    println!("{}", i8::MAX.wrapping_add(1));
    println!("{}", i8::MIN.wrapping_sub(1));
    println!("{}", 100i8.wrapping_mul(3));
    println!("{}", i16::MAX.wrapping_add(i16::MAX));
    println!("{}", i32::MIN.wrapping_sub(i32::MAX));
    println!("{}", 123456789i32.wrapping_mul(1000));
    println!("{}", u32::MAX.wrapping_add(2));
    println!("{}", i64::MAX.wrapping_mul(2));
    println!("{}", 0u64.wrapping_sub(1));
    println!("{}", usize::MAX.wrapping_add(1));
    println!("{}", isize::MIN.wrapping_sub(1) == isize::MAX);
    let mut h: u32 = 2166136261;
    for c in "grok".chars() {
        h = (h ^ (c as u32)).wrapping_mul(16777619);
    }
    println!("fnv1a(grok) = {}", h);
}
