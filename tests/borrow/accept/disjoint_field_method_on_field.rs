// `d.words.push` borrows only `d.words`.
struct Doc {
    title: String,
    words: Vec<String>,
}

fn main() {
    let mut d = Doc { title: String::from("t"), words: Vec::new() };
    let t = &d.title;
    d.words.push(String::from("w"));
    println!("{} {}", t, d.words.len());
}
