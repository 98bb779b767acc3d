// `for x in &mut v` borrows `v` mutably for the loop; `v.len()` needs a shared borrow.
fn main() {
    let mut v = vec![1, 2];
    for x in &mut v {
        *x += v.len() as i32; // ERROR: `v` borrowed while iterated mutably
    }
}
