// index_array: a fixed-size array indexed with a computed index out of
// range panics with "index out of bounds: the len is 4 but the index is 7".
fn pick(a: [i32; 4], i: usize) -> i32 {
    a[i]
}

fn main() {
    let a = [1, 2, 3, 4];
    println!("{}", pick(a, 0));
    println!("{}", pick(a, 3));
    let i = a.len() + 3;
    println!("{}", pick(a, i));
}
