// A reference into a Vec is live across a push that may reallocate.
fn main() {
    let mut v = vec![1, 2];
    let first = &v[0];
    v.push(3); // ERROR: `v` borrowed mutably while `first` is live
    println!("{}", first);
}
