// The returned `&mut` ends at its last use.
struct Counter {
    hits: i32,
}

impl Counter {
    fn hits_mut(&mut self) -> &mut i32 {
        &mut self.hits
    }
}

fn main() {
    let mut c = Counter { hits: 0 };
    *c.hits_mut() += 1;
    let h = c.hits_mut();
    *h += 1;
    println!("{}", c.hits);
}
