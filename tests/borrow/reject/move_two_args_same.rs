// One value cannot be moved into two parameters.
fn join(a: String, b: String) -> usize {
    a.len() + b.len()
}

fn main() {
    let s = String::from("ab");
    println!("{}", join(s, s)); // ERROR: `s` moved by the first argument
}
