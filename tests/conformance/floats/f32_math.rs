// f32_math: f32 arithmetic rounds every step to binary32; printing uses the
// shortest decimal for an f32.
fn main() {
    let a = 0.1f32;
    let b = 0.2f32;
    println!("{}", a + b);
    println!("{}", a + b == 0.3f32);
    println!("{}", 1.0f32 / 3.0);
    println!("{}", 16777216.0f32 + 1.0);
    println!("{}", f32::MAX);
    println!("{}", f32::MIN_POSITIVE);
    let mut sum = 0.0f32;
    for _ in 0..10 {
        sum += 0.1;
    }
    println!("{}", sum);
    println!("{:?}", 3.0f32);
    println!("{}", 1e10f32);
}
