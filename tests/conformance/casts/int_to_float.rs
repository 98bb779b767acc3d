// int_to_float: integers become the nearest float (round to nearest even
// when exactly between two floats).
fn main() {
    println!("{}", 7i32 as f64);
    println!("{}", -7i32 as f64);
    println!("{}", i64::MAX as f64);
    println!("{}", 9007199254740993i64 as f64);
    println!("{}", u64::MAX as f64);
    println!("{}", 16777217i32 as f32);
    println!("{}", u32::MAX as f32);
    println!("{}", 255u8 as f32 / 2.0);
    let n: usize = 3;
    println!("{}", 1.0 / n as f64);
    println!("{}", (10 as f64).sqrt() as i32);
}
