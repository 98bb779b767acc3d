// Matching an Option<String> by value moves the String out of it.
fn main() {
    let o: Option<String> = Some(String::from("v"));
    match o {
        Some(s) => println!("{}", s),
        None => println!("none"),
    }
    println!("{}", o.is_some()); // ERROR: `o` was partially moved by the match
}
