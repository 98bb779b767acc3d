// Return the existing element when it is large enough; otherwise update it.
fn big_or_bump(v: &mut Vec<i32>) -> &i32 {
    let first = &v[0];
    if *first > 10 {
        return first;
    }
    v[0] += 10; // NLL rejects here
    &v[0]
}

fn main() {
    let mut v = vec![1];
    println!("{}", big_or_bump(&mut v));
}
