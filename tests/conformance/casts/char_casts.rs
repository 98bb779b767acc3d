// char_casts: char as u32 gives the code point, u8 as char gives U+0000..U+00FF,
// char as u8 truncates the code point.
fn main() {
    println!("{}", 'A' as u32);
    println!("{}", 'é' as u32);
    println!("{}", '\u{1F600}' as u32);
    println!("{}", 97u8 as char);
    println!("{}", 233u8 as char);
    println!("{}", 'é' as u8);
    println!("{}", '\u{1F600}' as u8);
    let mut word = String::new();
    let mut b: u8 = ('a' as u8);
    while b <= ('e' as u8) {
        word.push(b as char);
        b += 1;
    }
    println!("{}", word);
    let shifted = (('x' as u8 - ('a' as u8) + 3) % 26 + ('a' as u8)) as char;
    println!("{}", shifted);
    println!("{}", '9' as u32 - '0' as u32);
    println!("{:?}", 10u8 as char);
}
