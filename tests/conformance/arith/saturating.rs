// saturating: saturating_add/sub/mul clamp at MIN and MAX instead of wrapping.
fn main() {
    println!("{}", 250u8.saturating_add(10));
    println!("{}", 5u8.saturating_sub(10));
    println!("{}", 20u8.saturating_mul(20));
    println!("{}", 100i8.saturating_add(100));
    println!("{}", (-100i8).saturating_sub(100));
    println!("{}", (-100i8).saturating_mul(2));
    println!("{}", (-100i8).saturating_mul(-2));
    println!("{}", i32::MAX.saturating_add(1));
    println!("{}", i64::MIN.saturating_sub(1));
    println!("{}", u64::MAX.saturating_mul(2));
    println!("{}", 0usize.saturating_sub(1));
    let mut hp: u16 = 10;
    let hits: Vec<u16> = vec![3, 4, 5, 6];
    for h in &hits {
        hp = hp.saturating_sub(*h);
        println!("hit {} -> hp {}", h, hp);
    }
}
