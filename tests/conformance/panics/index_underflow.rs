// index_underflow: `v.len() - 4` on a 3-element Vec underflows usize before
// any indexing happens: "attempt to subtract with overflow".
fn main() {
    let v = vec![1, 2, 3];
    println!("last = {}", v[v.len() - 1]);
    println!("first = {}", v[v.len() - 3]);
    println!("before first = {}", v[v.len() - 4]);
}
