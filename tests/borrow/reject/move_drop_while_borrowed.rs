// `drop` takes its argument by value.
fn main() {
    let b = Box::new(1);
    let r = &b;
    drop(b); // ERROR: `b` moved into `drop` while borrowed
    println!("{}", r);
}
