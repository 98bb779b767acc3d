// `match &o` does not move the payload.
fn main() {
    let o: Option<String> = Some(String::from("v"));
    match &o {
        Some(s) => println!("{}", s),
        None => println!("none"),
    }
    println!("{}", o.is_some());
}
