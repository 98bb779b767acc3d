// move tuple part
pub fn f() -> usize { let t = (String::new(), 1); let s = t.0; drop(s); t.1 + t.0.len() }
