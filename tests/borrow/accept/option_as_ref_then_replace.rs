// The borrow from the `match` ends before the assignment.
fn main() {
    let mut slot: Option<String> = None;
    for i in 0..3 {
        let grow = match &slot {
            Some(s) => s.len() < 2,
            None => true,
        };
        if grow {
            let mut next = String::new();
            for _k in 0..i {
                next.push_str("a");
            }
            slot = Some(next);
        }
    }
    println!("{:?}", slot);
}
