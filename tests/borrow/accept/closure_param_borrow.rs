// Passing `&mut v` as an argument avoids a long-lived capture.
fn main() {
    let mut v = vec![1];
    let push_twice = |w: &mut Vec<i32>, x: i32| {
        w.push(x);
        w.push(x);
    };
    push_twice(&mut v, 2);
    println!("{}", v.len());
    push_twice(&mut v, 3);
    println!("{}", v.len());
}
