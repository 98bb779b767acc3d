// Return a reference into the Vec when it is non-empty, otherwise push.
fn first_or_push(v: &mut Vec<i32>) -> Option<&mut i32> {
    if let Some(x) = v.get_mut(0) {
        return Some(x);
    }
    v.push(0); // NLL rejects here
    None
}

fn main() {
    let mut v = Vec::new();
    if first_or_push(&mut v).is_none() {
        println!("pushed");
    }
    println!("{:?}", v);
}
