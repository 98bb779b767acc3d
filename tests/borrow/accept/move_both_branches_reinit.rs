// After the `if`, `s` is initialised on both paths.
fn main() {
    let mut s = String::from("a");
    let mut log: Vec<String> = Vec::new();
    if log.len() == 0 {
        log.push(s);
        s = String::from("b");
    }
    println!("{} {}", s, log.len());
}
