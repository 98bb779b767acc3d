// `p.name` is moved, `p.tags` is still owned by `p`.
struct Person {
    name: String,
    tags: Vec<String>,
}

fn main() {
    let p = Person { name: String::from("x"), tags: Vec::new() };
    let n = p.name;
    println!("{} {}", n, p.tags.len());
}
