// The String built inside the method dies when it returns.
struct Person {
    first: String,
    last: String,
}

impl Person {
    fn full(&self) -> &String {
        let mut s = self.first.clone();
        s.push_str(&self.last);
        &s // ERROR: returns a reference to local `s`
    }
}

fn main() {
    let p = Person { first: String::from("a"), last: String::from("b") };
    println!("{}", p.full());
}
