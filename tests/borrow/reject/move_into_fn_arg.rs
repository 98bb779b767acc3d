// Passing a Vec by value moves it into the callee.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1, 2, 3];
    let n = consume(v);
    println!("{} {}", n, v.len()); // ERROR: `v` moved into `consume`
}
