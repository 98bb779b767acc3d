// Moving an i32 into a closure copies it.
fn main() {
    let base = 10;
    let add = move |x: i32| x + base;
    println!("{} {}", add(1), base);
}
