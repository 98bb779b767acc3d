// `inner` borrows `o` mutably until its last use.
fn main() {
    let mut o = Some(5);
    if let Some(inner) = &mut o {
        let copy = o; // ERROR: `o` read while `inner` mutably borrows it
        *inner += 1;
        println!("{:?}", copy);
    }
}
