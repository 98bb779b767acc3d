// `m` is a live `&mut v`; the closure needs `&v`.
fn main() {
    let mut v = vec![1];
    let m = &mut v;
    let count = || v.len(); // ERROR: `v` captured while `m` mutably borrows it
    m.push(2);
    println!("{}", count());
}
