// Returning ends the loop, so the move is not repeated.
fn run(s: String) -> usize {
    for i in 0..5 {
        if i == 3 {
            let keep = s;
            return keep.len();
        }
    }
    s.len()
}

fn main() {
    println!("{}", run(String::from("abc")));
}
