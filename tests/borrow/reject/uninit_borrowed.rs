// Taking a reference counts as a use.
fn main() {
    let v: Vec<i32>;
    let r = &v; // ERROR: `v` is not initialised
    println!("{}", r.len());
}
