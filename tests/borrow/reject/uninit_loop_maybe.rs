// A `for` loop over an empty range never runs, so `last` may be unassigned.
fn main() {
    let n = 0;
    let last: i32;
    for i in 0..n {
        last = i;
        break;
    }
    println!("{}", last); // ERROR: the loop body may not run
}
