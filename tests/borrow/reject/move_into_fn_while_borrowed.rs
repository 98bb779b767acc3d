// Passing `v` by value moves it; `first` still points into it.
fn consume(v: Vec<i32>) -> usize {
    v.len()
}

fn main() {
    let v = vec![1, 2];
    let first = &v[0];
    let n = consume(v); // ERROR: `v` moved while `first` borrows it
    println!("{} {}", first, n);
}
