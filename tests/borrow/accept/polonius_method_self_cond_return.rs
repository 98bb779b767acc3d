// Return the cached value when present; otherwise compute it into the cache.
struct Cache {
    value: Option<i32>,
}

impl Cache {
    fn get(&mut self) -> &mut i32 {
        if let Some(v) = &mut self.value {
            return v;
        }
        self.value = Some(42); // NLL rejects here
        self.value.as_mut().unwrap()
    }
}

fn main() {
    let mut c = Cache { value: None };
    *c.get() += 1;
    println!("{:?}", c.value);
}
