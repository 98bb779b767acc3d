// The Vec of references is used after the String it points to is dropped.
fn main() {
    let mut names: Vec<&String> = Vec::new();
    {
        let s = String::from("ann");
        names.push(&s); // ERROR: `s` does not live long enough
    }
    println!("{}", names.len());
}
