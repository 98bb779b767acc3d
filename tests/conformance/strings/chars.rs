// chars: iterating chars, char classification and conversion methods,
// building strings from chars, and multi-byte characters.
fn main() {
    let s = "Grok 2.0, ünïcode!";
    let mut letters = 0;
    let mut digits = 0;
    let mut upper = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            letters += 1;
        }
        if c.is_ascii_digit() {
            digits += 1;
        }
        if c.is_uppercase() {
            upper += 1;
        }
    }
    println!("{} {} {}", letters, digits, upper);
    println!("{} bytes, {} chars", s.len(), s.chars().count());
    let caps: String = s.chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", caps);
    let rev: String = "stressed".chars().rev().collect();
    println!("{}", rev);
    println!("{:?} {:?}", '7'.to_digit(10), 'z'.to_digit(10));
    println!("{:?}", 'f'.to_digit(16));
    println!("{} {}", 'q'.is_alphanumeric(), ' '.is_whitespace());
    let first = s.chars().next();
    let last = s.chars().last();
    println!("{:?} {:?}", first, last);
    println!("{}", '\u{1F600}'.len_utf8());
}
