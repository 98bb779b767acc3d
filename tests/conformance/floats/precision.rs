// precision: `{:.N}` rounds the exact binary value to N decimals (ties
// between two decimals round to even), and pads with zeros.
fn main() {
    println!("{:.2}", 3.14159);
    println!("{:.0}", 2.5);
    println!("{:.0}", 3.5);
    println!("{:.1}", 0.25);
    println!("{:.1}", 0.35);
    println!("{:.2}", 1.005);
    println!("{:.3}", 2.0);
    println!("{:.5}", 1e-7);
    println!("{:.2}", -0.001);
    println!("{:.3}", 1e21);
    println!("{:.1}", f64::NAN);
    println!("{:.2}", f64::INFINITY);
    println!("{:.4}", 0.1f32);
}
