// Only one arm moves, but that is enough for the later use to be an error.
fn describe(o: Option<String>) -> usize {
    let n = match o {
        Some(s) if s.len() > 1 => s.len(),
        Some(s) => {
            let kept = s;
            kept.len()
        }
        None => 0,
    };
    match o { // ERROR: `o` partially moved by the match above
        Some(_) => n,
        None => 0,
    }
}

fn main() {
    println!("{}", describe(Some(String::from("ab"))));
}
