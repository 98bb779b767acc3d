// The move is followed immediately by leaving both loops.
fn main() {
    let s = String::from("x");
    let mut out: Vec<String> = Vec::new();
    'outer: for i in 0..3 {
        for j in 0..3 {
            if i + j == 2 {
                out.push(s);
                break 'outer;
            }
        }
    }
    println!("{}", out.len());
}
