// Cloning leaves the original usable.
fn main() {
    let a = vec![1, 2];
    let b = a.clone();
    println!("{} {}", a.len(), b.len());
}
