// `*top` is evaluated before `push`'s `&mut v` is activated, and `top` is dead afterwards.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut n = 0;
    while let Some(top) = v.last() {
        v.push(*top);
        n += 1;
        if n > 2 {
            break;
        }
    }
    println!("{}", v.len());
}
