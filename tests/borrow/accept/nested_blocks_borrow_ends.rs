// The mutable borrow ends with the block.
fn main() {
    let mut v = vec![1];
    {
        let m = &mut v;
        m.push(2);
    }
    let r = &v;
    println!("{}", r.len());
}
