// The arm moves `o` while `peek` borrows it and is used after the match.
fn main() {
    let o = Some(String::from("x"));
    let peek = &o;
    let taken = match o {
        Some(s) => s, // ERROR: the payload of `o` moved while `peek` is live
        None => String::new(),
    };
    println!("{:?} {}", peek, taken);
}
