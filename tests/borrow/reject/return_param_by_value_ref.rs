// `s` is owned by the function, even though it came from the caller.
fn pick(_v: &Vec<i32>, s: String) -> &String {
    &s // ERROR: returns a reference to parameter `s`
}

fn main() {
    let v = vec![1];
    println!("{}", pick(&v, String::from("x")));
}
