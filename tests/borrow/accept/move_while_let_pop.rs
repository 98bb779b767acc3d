// Each popped String is a fresh owned value.
fn main() {
    let mut stack = vec![String::from("a"), String::from("b")];
    let mut done: Vec<String> = Vec::new();
    while let Some(s) = stack.pop() {
        println!("{}", s);
        done.push(s);
    }
    println!("{} {}", stack.len(), done.len());
}
