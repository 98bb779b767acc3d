// closure move then use
pub fn f() -> usize { let s = String::new(); let c = move || s.len(); c() + s.len() }
