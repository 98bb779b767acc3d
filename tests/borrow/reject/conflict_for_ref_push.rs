// Iterating `&v` keeps `v` borrowed for the whole loop.
fn main() {
    let mut v = vec![1, 2];
    for x in &v {
        if *x > 1 {
            v.push(*x); // ERROR: `v` borrowed mutably during iteration
        }
    }
}
