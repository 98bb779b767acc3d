// `top` borrows `v` and is printed after the push.
fn main() {
    let mut v = vec![1, 2, 3];
    let mut n = 0;
    while let Some(top) = v.last() {
        v.push(0); // ERROR: `v` borrowed mutably while `top` is live
        println!("{}", top);
        n += 1;
        if n > 2 {
            break;
        }
    }
}
