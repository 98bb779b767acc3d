// `m` mutably borrows `v`; `v` cannot be moved until `m` is done.
fn main() {
    let mut v = vec![1];
    let m = &mut v;
    let w = v; // ERROR: `v` moved while `m` borrows it
    m.push(2);
    println!("{}", w.len());
}
