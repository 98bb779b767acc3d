// `take` moves the payload out through `&mut self`, leaving the Option usable.
fn main() {
    let mut o = Some(String::from("x"));
    let t = o.take();
    println!("{:?} {:?}", o, t);
}
