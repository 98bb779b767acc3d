// The reference bound in the arm is dead after the match.
fn main() {
    let mut o = Some(3);
    let n = match &o {
        Some(x) => *x,
        None => 0,
    };
    o = Some(n + 1);
    println!("{:?}", o);
}
