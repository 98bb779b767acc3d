// A `move` closure takes the Vec; the outer name is dead afterwards.
fn main() {
    let v = vec![1, 2];
    let f = move || v.len();
    println!("{}", f());
    println!("{}", v.len()); // ERROR: `v` moved into the closure
}
