// The borrow is taken inside a block but stored in an outer variable.
fn main() {
    let mut v = vec![3];
    let r;
    {
        r = &v;
    }
    v.clear(); // ERROR: `v` borrowed mutably while `r` is live
    println!("{}", r.len());
}
