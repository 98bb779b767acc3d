// expect_none: expect on None panics with exactly the given message.
fn main() {
    let v: Vec<i32> = vec![3, 1, 2];
    let mut w = v.clone();
    println!("{}", w.pop().expect("first pop"));
    println!("{}", w.pop().expect("first pop"));
    println!("{}", w.pop().expect("third pop"));
    println!("{}", w.pop().expect("fourth pop on an empty vector"));
}
