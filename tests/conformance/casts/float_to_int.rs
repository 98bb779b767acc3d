// float_to_int: `as` from a float truncates toward zero and saturates:
// out-of-range values clamp to MIN/MAX, NaN becomes 0.
fn main() {
    println!("{}", 3.99f64 as i32);
    println!("{}", -3.99f64 as i32);
    println!("{}", 0.5f64 as u8);
    println!("{}", -0.9f64 as u8);
    println!("{}", 300.0f64 as u8);
    println!("{}", -300.0f64 as i8);
    println!("{}", 1e20f64 as i64);
    println!("{}", -1e20f64 as i64);
    println!("{}", f64::NAN as i32);
    println!("{}", f64::INFINITY as u16);
    println!("{}", f64::NEG_INFINITY as i16);
    println!("{}", 2147483647.9f64 as i32);
    println!("{}", 4294967295.5f64 as u32);
    println!("{}", 2.5f32 as i64);
    println!("{}", -1.5f32 as u64);
}
