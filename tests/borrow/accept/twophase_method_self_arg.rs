// `c.get()` runs before the `&mut c` of `set` is activated.
struct Cell {
    val: i32,
}

impl Cell {
    fn get(&self) -> i32 {
        self.val
    }
    fn set(&mut self, v: i32) {
        self.val = v;
    }
}

fn main() {
    let mut c = Cell { val: 1 };
    c.set(c.get() + 1);
    println!("{}", c.val);
}
