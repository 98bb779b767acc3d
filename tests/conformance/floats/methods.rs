// methods: common f64 methods: abs, sqrt, floor, ceil, round (half away from
// zero), trunc, powi, powf, min, max, mul_add-free arithmetic.
fn main() {
    println!("{} {}", (-3.5f64).abs(), 16.0f64.sqrt());
    println!("{} {}", 2.7f64.floor(), (-2.7f64).floor());
    println!("{} {}", 2.1f64.ceil(), (-2.1f64).ceil());
    println!("{} {} {}", 2.5f64.round(), (-2.5f64).round(), 3.5f64.round());
    println!("{} {}", 2.9f64.trunc(), (-2.9f64).trunc());
    println!("{} {}", 2.0f64.powi(10), 2.0f64.powf(0.5));
    println!("{} {}", 1.5f64.min(-2.0), 1.5f64.max(-2.0));
    println!("{}", (-1.0f64).sqrt().is_nan());
    let pts: Vec<(f64, f64)> = vec![(0.0, 0.0), (3.0, 4.0), (1.0, 1.0)];
    let mut total = 0.0;
    for i in 1..pts.len() {
        let dx = pts[i].0 - pts[i - 1].0;
        let dy = pts[i].1 - pts[i - 1].1;
        total += (dx * dx + dy * dy).sqrt();
    }
    println!("path length {}", total);
}
