// `push` takes its argument by value.
fn main() {
    let s = String::from("z");
    let len_ref = &s;
    let mut all: Vec<String> = Vec::new();
    all.push(s); // ERROR: `s` moved while `len_ref` borrows it
    println!("{} {}", len_ref, all.len());
}
