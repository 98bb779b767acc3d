// The second `s` is a fresh binding.
fn main() {
    let s = String::from("a");
    let t = s;
    let s = String::from("b");
    println!("{} {}", s, t);
}
