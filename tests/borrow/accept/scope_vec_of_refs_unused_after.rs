// `names` is never used after `s` is dropped (Vec's drop does not read the references).
fn main() {
    let mut names: Vec<&String> = Vec::new();
    {
        let s = String::from("ann");
        names.push(&s);
        println!("{}", names.len());
    }
}
