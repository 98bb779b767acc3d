// Every call is a fresh, short borrow.
struct Acc {
    total: i64,
}

impl Acc {
    fn add(&mut self, x: i64) -> i64 {
        self.total += x;
        self.total
    }
}

fn main() {
    let mut a = Acc { total: 0 };
    let mut last = 0;
    for i in 0..5 {
        last = a.add(i);
    }
    println!("{} {}", last, a.total);
}
