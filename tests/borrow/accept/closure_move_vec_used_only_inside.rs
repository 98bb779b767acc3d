// After the move only the closure uses the data.
fn main() {
    let v = vec![4, 5];
    let sum = move || {
        let mut s = 0;
        for x in &v {
            s += *x;
        }
        s
    };
    println!("{}", sum());
    println!("{}", sum());
}
