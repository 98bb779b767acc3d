// `items` is a local clone of the field.
struct Bag {
    items: Vec<i32>,
}

impl Bag {
    fn last(&self) -> &i32 {
        let items = self.items.clone();
        &items[items.len() - 1] // ERROR: returns a reference to data owned by the method
    }
}

fn main() {
    let b = Bag { items: vec![1, 2] };
    println!("{}", b.last());
}
