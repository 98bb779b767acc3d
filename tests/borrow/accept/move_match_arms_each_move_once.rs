// Moves in different arms are on different paths.
fn name(o: Option<String>) -> String {
    match o {
        Some(s) if s.len() > 3 => s,
        Some(s) => {
            let mut t = s;
            t.push_str("!");
            t
        }
        None => String::from("anon"),
    }
}

fn main() {
    println!("{}", name(Some(String::from("ab"))));
}
