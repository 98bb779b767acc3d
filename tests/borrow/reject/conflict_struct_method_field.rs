// Methods borrow the whole receiver, not one field.
struct Doc {
    title: String,
    words: Vec<String>,
}

impl Doc {
    fn add(&mut self, w: String) {
        self.words.push(w);
    }
}

fn main() {
    let mut d = Doc { title: String::from("t"), words: Vec::new() };
    let t = &d.title;
    d.add(String::from("w")); // ERROR: `d` borrowed mutably while `d.title` is borrowed
    println!("{}", t);
}
