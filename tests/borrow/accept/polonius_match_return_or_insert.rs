// Return the payload when present; otherwise fill the slot and return it.
struct Slot {
    val: Option<String>,
}

fn fill(s: &mut Slot) -> &mut String {
    match s.val.as_mut() {
        Some(v) => return v,
        None => {}
    }
    s.val = Some(String::new()); // NLL rejects here
    s.val.as_mut().unwrap()
}

fn main() {
    let mut s = Slot { val: None };
    fill(&mut s).push_str("x");
    println!("{:?}", s.val);
}
