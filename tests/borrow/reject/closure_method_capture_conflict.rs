// The closure captures `s` mutably because it calls `add`.
struct Stack {
    items: Vec<i32>,
}

impl Stack {
    fn add(&mut self, x: i32) {
        self.items.push(x);
    }
    fn size(&self) -> usize {
        self.items.len()
    }
}

fn main() {
    let mut s = Stack { items: Vec::new() };
    let mut adder = |x: i32| s.add(x);
    adder(1);
    let n = s.size(); // ERROR: `s` borrowed while `adder` mutably captures it
    adder(2);
    println!("{}", n);
}
