// The value returned by `pop` is owned; moving it on and then printing it
// is a use after move.
fn main() {
    let mut v = vec![String::from("a")];
    let mut w: Vec<String> = Vec::new();
    let top = v.pop();
    w.push(top.unwrap());
    println!("{}", top.is_some()); // ERROR: `top` moved by `unwrap`
}
