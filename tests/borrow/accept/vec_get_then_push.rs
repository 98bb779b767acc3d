// The borrow inside the Option ends at the `if let`.
fn main() {
    let mut v = vec![3];
    let mut extra = 0;
    if let Some(x) = v.get(0) {
        extra = *x;
    }
    v.push(extra);
    println!("{:?}", v);
}
