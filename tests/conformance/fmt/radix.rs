// radix: `{:x}`, `{:X}`, `{:o}`, `{:b}` and their `#` forms with prefixes;
// negative numbers print their two's complement bits.
fn main() {
    println!("{:x} {:X} {:o} {:b}", 255, 255, 255, 5);
    println!("{:#x} {:#X} {:#o} {:#b}", 255, 255, 8, 5);
    println!("{:08b}", 5u8);
    println!("{:#010x}", 0xBEEF);
    println!("{:>6x}|{:<6b}|", 171, 3);
    println!("{:x}", -1i8);
    println!("{:x}", -1i32);
    println!("{:b}", -2i8);
    println!("{:o}", u64::MAX);
    println!("{:X}", 0xDEAD_BEEF_u32);
    println!("{:#x}", 0);
    for n in 0..4u8 {
        println!("{} = {:02b}", n, n);
    }
}
