// `copy` is a local Vec; its elements die with it.
fn largest(v: &Vec<i32>) -> &i32 {
    let mut copy = v.clone();
    copy.push(0);
    &copy[0] // ERROR: returns a reference to data owned by the function
}

fn main() {
    println!("{}", largest(&vec![5]));
}
