// unwrap_none: unwrap on None panics with
// "called `Option::unwrap()` on a `None` value".
fn find(v: &Vec<i32>, target: i32) -> Option<usize> {
    for i in 0..v.len() {
        if v[i] == target {
            return Some(i);
        }
    }
    None
}

fn main() {
    let v = vec![4, 8, 15, 16, 23, 42];
    println!("15 at {}", find(&v, 15).unwrap());
    println!("42 at {}", find(&v, 42).unwrap());
    println!("7 at {}", find(&v, 7).unwrap());
}
