// A move on one branch of an `if` makes the value possibly-moved afterwards.
fn main() {
    let s = String::from("a");
    let c = s.len() > 3;
    let mut keep: Vec<String> = Vec::new();
    if c {
        keep.push(s);
    }
    println!("{} {}", s, keep.len()); // ERROR: `s` possibly moved on the `if` branch
}
