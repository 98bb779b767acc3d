// closure borrow then move
pub fn f() -> usize { let s = String::new(); let c = || s.len(); let t = s; c() + t.len() }
