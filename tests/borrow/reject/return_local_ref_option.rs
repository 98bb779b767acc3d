// The returned Option holds a reference into the local `sorted`.
fn smallest(v: &Vec<i32>) -> Option<&i32> {
    let mut sorted = v.clone();
    sorted.push(0);
    sorted.get(0) // ERROR: returns a value referencing the local `sorted`
}

fn main() {
    println!("{:?}", smallest(&vec![3, 1]));
}
