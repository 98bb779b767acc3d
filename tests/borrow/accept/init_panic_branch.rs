// `panic!` diverges, so the read is only reached after the assignment.
fn main() {
    let v = vec![1];
    let first: i32;
    if v.len() > 0 {
        first = v[0];
    } else {
        panic!("empty");
    }
    println!("{}", first);
}
