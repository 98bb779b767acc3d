// The loop moves each popped String; using the loop variable after the push
// in the same iteration is a use after move.
fn main() {
    let mut stack = vec![String::from("a"), String::from("b")];
    let mut done: Vec<String> = Vec::new();
    while let Some(s) = stack.pop() {
        done.push(s);
        println!("{}", s); // ERROR: `s` moved into `done`
    }
}
