// `into_inner` consumes `w` while `r` still points into it.
struct Wrapper {
    inner: Vec<i32>,
}

impl Wrapper {
    fn into_inner(self) -> Vec<i32> {
        self.inner
    }
}

fn main() {
    let w = Wrapper { inner: vec![1] };
    let r = &w.inner;
    let v = w.into_inner(); // ERROR: `w` moved while `w.inner` is borrowed
    println!("{} {}", r.len(), v.len());
}
