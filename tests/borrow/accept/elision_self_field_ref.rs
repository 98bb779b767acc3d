// The result borrows from `self`.
struct Person {
    name: String,
}

impl Person {
    fn name(&self) -> &String {
        &self.name
    }
}

fn main() {
    let p = Person { name: String::from("bo") };
    let n = p.name();
    println!("{} {}", n, p.name.len());
}
