// `first` borrows from `b`, which is dropped at the end of the block.
struct Bag {
    items: Vec<i32>,
}

impl Bag {
    fn first(&self) -> &i32 {
        &self.items[0]
    }
}

fn main() {
    let f;
    {
        let b = Bag { items: vec![3] };
        f = b.first(); // ERROR: `b` does not live long enough
    }
    println!("{}", f);
}
