// The compiler does not evaluate the loop condition, so `found` may be
// unassigned.
fn main() {
    let v = vec![1, 2, 3];
    let found: usize;
    let mut i = 0;
    while i < v.len() {
        if v[i] == 2 {
            found = i;
            break;
        }
        i += 1;
    }
    println!("{}", found); // ERROR: possibly unassigned when 2 is absent
}
