// A method taking `self` consumes the value it is called on.
struct Token {
    text: String,
}

impl Token {
    fn into_text(self) -> String {
        self.text
    }
    fn len(&self) -> usize {
        self.text.len()
    }
}

fn main() {
    let t = Token { text: String::from("ab") };
    let s = t.into_text();
    println!("{} {}", s, t.len()); // ERROR: `t` consumed by `into_text`
}
