// `r` reborrows `*m` as shared; writing `*m` conflicts.
fn main() {
    let mut x = 1;
    let m = &mut x;
    let r = &*m;
    *m = 5; // ERROR: `*m` assigned while `r` borrows it
    println!("{}", r);
}
