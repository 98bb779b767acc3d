// `last` is used after the loop, so the borrow taken just before `push` is live there.
fn main() {
    let mut v = vec![0];
    let mut last = &v[0];
    for i in 1..4 {
        last = &v[0];
        v.push(i); // ERROR: `v` borrowed mutably while `last` is live
    }
    println!("{}", last);
}
