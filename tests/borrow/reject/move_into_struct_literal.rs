// Building a struct moves the field value into it.
struct Wrapper {
    inner: Vec<i32>,
}

fn main() {
    let data = vec![4, 5];
    let w = Wrapper { inner: data };
    println!("{}", w.inner.len());
    println!("{}", data.len()); // ERROR: `data` moved into `w`
}
