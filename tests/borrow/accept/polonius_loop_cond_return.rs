// Search the Vec; return the hit, or append the wanted value.
fn find_or_add(v: &mut Vec<i32>, want: i32) -> Option<&mut i32> {
    for x in &mut *v {
        if *x == want {
            return Some(x);
        }
    }
    v.push(want); // NLL rejects here
    None
}

fn main() {
    let mut v = vec![1];
    if let Some(x) = find_or_add(&mut v, 1) {
        *x += 1;
    }
    let _ = find_or_add(&mut v, 7);
    println!("{:?}", v);
}
