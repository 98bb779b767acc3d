// `x` is last used before `o` is assigned.
fn main() {
    let mut o = Some(String::from("a"));
    if let Some(x) = &o {
        println!("{}", x);
        o = None;
    }
    println!("{:?}", o);
}
