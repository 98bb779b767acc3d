// `slot` borrows `inv` mutably until its last use.
struct Inventory {
    counts: Vec<i32>,
}

impl Inventory {
    fn slot(&mut self, i: usize) -> &mut i32 {
        &mut self.counts[i]
    }
    fn grow(&mut self) {
        self.counts.push(0);
    }
}

fn main() {
    let mut inv = Inventory { counts: vec![0, 0] };
    let s = inv.slot(1);
    inv.grow(); // ERROR: `inv` borrowed mutably twice
    *s += 1;
}
