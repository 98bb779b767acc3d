// A reference returned by a `&self` method keeps the struct borrowed.
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
    let f = b.first();
    b.add(8); // ERROR: `b` borrowed mutably while `f` is live
    println!("{}", f);
}
