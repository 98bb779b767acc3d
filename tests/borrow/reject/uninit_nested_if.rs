// The inner `if` has no `else`, so one path skips the assignment.
fn main() {
    let a = 5;
    let b = 2;
    let r: i32;
    if a > 0 {
        if b > 3 {
            r = a;
        }
    } else {
        r = 0;
    }
    println!("{}", r); // ERROR: unassigned when `a > 0` and `b <= 3`
}
