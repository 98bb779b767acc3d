// `loop` exits only through the `break`, after the assignment.
fn main() {
    let v = vec![3, 5, 8];
    let idx: usize;
    let mut i = 0;
    loop {
        if v[i] > 4 {
            idx = i;
            break;
        }
        i += 1;
    }
    println!("{}", idx);
}
