// Binding by reference inside `if let`.
fn main() {
    let o = Some(String::from("p"));
    if let Some(s) = &o {
        println!("{}", s);
    }
    let again = o;
    println!("{:?}", again);
}
