// Assignment re-initialises a moved variable.
fn main() {
    let mut s = String::from("a");
    let t = s;
    s = String::from("b");
    println!("{} {}", s, t);
}
