// The shadowing `v` is a clone; the original's borrow ended.
fn main() {
    let v = vec![1];
    let r = &v;
    let v = r.clone();
    let mut w = v;
    w.push(2);
    println!("{:?}", w);
}
