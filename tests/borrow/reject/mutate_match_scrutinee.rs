// `n` borrows the payload of `o`; the arm overwrites `o`.
fn main() {
    let mut o = Some(3);
    match &o {
        Some(n) => {
            o = None; // ERROR: `o` assigned while `n` borrows it
            println!("{}", n);
        }
        None => {}
    }
}
