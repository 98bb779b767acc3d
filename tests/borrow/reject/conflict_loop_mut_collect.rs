// Each iteration takes a new `&mut v` while the previous one is stored in `refs`.
fn main() {
    let mut v = vec![0];
    let mut refs: Vec<&mut Vec<i32>> = Vec::new();
    for _i in 0..2 {
        refs.push(&mut v); // ERROR: `v` borrowed mutably in a previous iteration
    }
    println!("{}", refs.len());
}
