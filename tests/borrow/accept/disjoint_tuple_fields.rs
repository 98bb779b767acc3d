// `t.0` and `t.1` are separate places.
fn main() {
    let mut t = (vec![1], vec![2]);
    let a = &mut t.0;
    let b = &mut t.1;
    a.push(b.len() as i32);
    b.push(3);
    println!("{} {}", t.0.len(), t.1.len());
}
