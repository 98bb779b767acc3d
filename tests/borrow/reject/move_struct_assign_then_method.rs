// A struct moved by assignment can no longer be mutated through its old name.
struct Counter {
    log: Vec<i32>,
}

impl Counter {
    fn add(&mut self, x: i32) {
        self.log.push(x);
    }
}

fn main() {
    let mut c = Counter { log: Vec::new() };
    let d = c;
    c.add(1); // ERROR: `c` moved into `d`
    println!("{}", d.log.len());
}
