// Moving a Copy field out leaves the struct whole.
struct Label {
    text: &'static str,
    size: u32,
}

fn show(l: Label) {
    println!("{} {}", l.text, l.size);
}

fn main() {
    let l = Label { text: "hi", size: 2 };
    let t = l.text;
    let u = l.text;
    show(l);
    println!("{} {}", t, u);
}
