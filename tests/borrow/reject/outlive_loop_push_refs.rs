// The Strings are dropped each iteration; `refs` keeps pointing at them.
fn main() {
    let mut refs: Vec<&String> = Vec::new();
    for _i in 0..2 {
        let s = String::from("t");
        refs.push(&s); // ERROR: `s` does not live long enough
    }
    println!("{}", refs.len());
}
