// methods: associated functions (`new`), `&self` readers, `&mut self`
// mutators, and a `self` method that consumes the value.
struct Counter {
    name: String,
    count: u32,
}

impl Counter {
    fn new(name: &str) -> Counter {
        Counter { name: String::from(name), count: 0 }
    }
    fn get(&self) -> u32 {
        self.count
    }
    fn bump(&mut self) {
        self.count += 1;
    }
    fn bump_by(&mut self, n: u32) -> u32 {
        self.count += n;
        self.count
    }
    fn finish(self) -> String {
        format!("{} ended at {}", self.name, self.count)
    }
}

fn main() {
    let mut c = Counter::new("clicks");
    c.bump();
    c.bump();
    println!("{}", c.get());
    println!("{}", c.bump_by(10));
    let r = &mut c;
    r.bump();
    println!("{} {}", c.name, c.get());
    let summary = c.finish();
    println!("{}", summary);
}
