// The `&mut v` for `push` is only activated after the argument is evaluated.
fn main() {
    let mut v: Vec<usize> = vec![0];
    v.push(v.len());
    println!("{}", v.len());
}
