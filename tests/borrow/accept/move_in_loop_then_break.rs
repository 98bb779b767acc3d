// The loop never reaches the move a second time.
fn main() {
    let s = String::from("once");
    let mut out: Vec<String> = Vec::new();
    loop {
        out.push(s);
        break;
    }
    println!("{}", out.len());
}
