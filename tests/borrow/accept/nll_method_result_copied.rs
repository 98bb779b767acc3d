// `*b.first()` copies the i32, so no borrow outlives the statement.
struct Bag {
    items: Vec<i32>,
}

impl Bag {
    fn first(&self) -> &i32 {
        &self.items[0]
    }
    fn add(&mut self, x: i32) {
        self.items.push(x);
    }
}

fn main() {
    let mut b = Bag { items: vec![7] };
    let f = *b.first();
    b.add(f);
    println!("{}", b.items.len());
}
