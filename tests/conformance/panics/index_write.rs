// index_write: assigning through an out-of-range index panics too
// ("index out of bounds: the len is 2 but the index is 5").
fn main() {
    let mut v: Vec<i64> = Vec::new();
    v.push(1);
    v.push(2);
    v[1] = 7;
    println!("{:?}", v);
    let k = v.len() * 2 + 1;
    v[k] = 9;
    println!("{:?}", v);
}
