// The use and the move are on different paths.
fn main() {
    let s = String::from("q");
    let mut keep: Vec<String> = Vec::new();
    if s.len() > 3 {
        keep.push(s);
    } else {
        println!("{}", s);
    }
    println!("{}", keep.len());
}
