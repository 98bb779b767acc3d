// `for x in v` consumes the Vec.
fn main() {
    let v = vec![String::from("a"), String::from("b")];
    for s in v {
        println!("{}", s);
    }
    println!("{}", v.len()); // ERROR: `v` consumed by the `for` loop
}
