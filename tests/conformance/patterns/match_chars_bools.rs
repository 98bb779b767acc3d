// match_chars_bools: char ranges, char or-patterns, bool matches, and
// tuples of bools.
fn kind(c: char) -> &'static str {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => "vowel",
        'a'..='z' => "consonant",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        ' ' | '\t' | '\n' => "space",
        _ => "other",
    }
}

fn main() {
    for c in "Hi 2u!\n".chars() {
        println!("{:?} {}", c, kind(c));
    }
    for a in [false, true] {
        for b in [false, true] {
            let r = match (a, b) {
                (true, true) => "both",
                (true, false) | (false, true) => "one",
                (false, false) => "none",
            };
            println!("{} {} {}", a, b, r);
        }
    }
    let t = true;
    println!("{}", match t { true => 1, false => 0 });
}
