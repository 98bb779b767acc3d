// Using `a` after `let b = a` is fine for Copy types.
fn main() {
    let a = 5;
    let b = a;
    println!("{} {}", a, b);
}
