// Consuming the value after all borrows are done.
struct Token {
    text: String,
}

impl Token {
    fn len(&self) -> usize {
        self.text.len()
    }
    fn into_text(self) -> String {
        self.text
    }
}

fn main() {
    let t = Token { text: String::from("ab") };
    let n = t.len();
    let s = t.into_text();
    println!("{} {}", n, s);
}
