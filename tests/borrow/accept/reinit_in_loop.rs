// Each iteration moves `buf` and then gives it a new value.
fn main() {
    let mut buf = String::new();
    let mut lines: Vec<String> = Vec::new();
    for _i in 0..3 {
        buf.push_str("x");
        lines.push(buf);
        buf = String::new();
    }
    println!("{} {}", lines.len(), buf.len());
}
