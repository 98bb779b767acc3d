// The borrows are temporary and sequential.
fn add(v: &mut Vec<i32>, x: i32) {
    v.push(x);
}

fn main() {
    let mut v = Vec::new();
    add(&mut v, 1);
    add(&mut v, 2);
    println!("{}", v.len());
}
