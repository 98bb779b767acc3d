// `*b` copies the i32.
fn main() {
    let b = Box::new(5);
    let x = *b;
    println!("{} {}", x, b);
}
