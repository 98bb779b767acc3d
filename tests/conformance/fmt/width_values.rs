// width_values: widths apply to the whole formatted value: integers,
// floats with precision, exponents and chars.
fn main() {
    println!("[{:^5}]", 'c');
    println!("[{:>10.3e}]", 1234.5);
    println!("[{:>7}]", 1.5);
    println!("[{:<7}]", -0.25);
    println!("[{:07.3}]", 9.87654);
    println!("[{:>5}]", u8::MAX);
    println!("[{:>3}]", 12345);
    let items = vec![1.0, 22.5, 333.25];
    for x in &items {
        println!("|{:>8.2}|{:<8.1}|", x, x);
    }
}
