// `if let Some(s) = o` moves the String out of `o`.
fn main() {
    let o = Some(String::from("p"));
    if let Some(s) = o {
        println!("{}", s);
    }
    let again = o; // ERROR: `o` was partially moved by `if let`
    println!("{}", again.is_none());
}
