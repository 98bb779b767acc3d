// index_vec: reading one past the end of a Vec panics with
// "index out of bounds: the len is 3 but the index is 3".
fn main() {
    let v = vec![10, 20, 30];
    let mut i = 0;
    loop {
        println!("v[{}] = {}", i, v[i]);
        i += 1;
    }
}
