// Iterating by reference does not consume the Vec.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    for s in &v {
        println!("{}", s);
    }
    println!("{}", v.len());
}
