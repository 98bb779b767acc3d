// Each call's borrow ends when the call returns.
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
    s.add(1);
    let n = s.size();
    s.add(n as i32);
    println!("{}", s.size());
}
