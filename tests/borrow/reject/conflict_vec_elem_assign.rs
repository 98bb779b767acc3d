// Assigning through a Vec index takes `&mut v`, which conflicts with `e`.
fn main() {
    let mut v = vec![1, 2];
    let e = &v[0];
    v[0] = 9; // ERROR: `v` borrowed mutably while `e` is live
    println!("{}", e);
}
