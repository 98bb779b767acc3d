// float_widths: f64 -> f32 rounds to the nearest f32, f32 -> f64 is exact,
// so the f32 value of 0.1 printed as f64 shows its error.
fn main() {
    let x = 0.1f64;
    let y = x as f32;
    println!("{}", y);
    println!("{}", y as f64);
    println!("{}", 1e40f64 as f32);
    println!("{}", 1e-50f64 as f32);
    println!("{}", 16777217.0f64 as f32);
    println!("{}", (1.0f32 / 3.0) as f64);
    println!("{}", 1.0f64 / 3.0);
    println!("{}", f32::MAX as f64);
}
