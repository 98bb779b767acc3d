// Creating the `move` closure moves `v` while `r` is live.
fn main() {
    let v = vec![1];
    let r = &v;
    let f = move || v.len(); // ERROR: `v` moved into the closure while borrowed
    println!("{} {}", r.len(), f());
}
