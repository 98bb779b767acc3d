// Each iteration's borrow ends before the push in the same iteration.
fn main() {
    let mut v = vec![1];
    for _i in 0..3 {
        let last = v[v.len() - 1];
        let r = &v;
        let n = r.len();
        v.push(last + n as i32);
    }
    println!("{}", v.len());
}
