// The outer `v` declared after the block is a different variable.
fn main() {
    let r;
    {
        let v = vec![1];
        r = &v; // ERROR: this `v` is dropped at the end of the block
    }
    let v = vec![2];
    println!("{} {}", r.len(), v.len());
}
