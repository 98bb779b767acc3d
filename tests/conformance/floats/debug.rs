// debug: `{:?}` of floats always shows a fractional part or an exponent.
fn main() {
    println!("{:?}", 1.0f64);
    println!("{:?}", 0.1);
    println!("{:?}", -0.0f64);
    println!("{:?}", 1e21);
    println!("{:?}", 1e15);
    println!("{:?}", 1e16);
    println!("{:?}", 1e-7);
    println!("{:?}", 0.0001);
    println!("{:?}", 123.456);
    println!("{:?}", f64::NAN);
    println!("{:?}", f64::INFINITY);
    println!("{:?}", vec![1.0, 2.5, -3.0]);
    println!("{:?}", (0.5f32, 2.0f32));
    println!("{:?}", Some(1e100));
}
