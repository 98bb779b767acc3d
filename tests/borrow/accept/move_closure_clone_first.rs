// Clone before moving into the closure.
fn main() {
    let v = vec![1, 2];
    let c = v.clone();
    let f = move || c.len();
    println!("{} {}", f(), v.len());
}
