// `for x in &v` borrows `v` while `push` still holds `&mut v`.
fn main() {
    let mut v = vec![1, 2];
    let mut push = |x: i32| v.push(x);
    for x in &v { // ERROR: `v` borrowed while `push` mutably captures it
        println!("{}", x);
    }
    push(3);
}
