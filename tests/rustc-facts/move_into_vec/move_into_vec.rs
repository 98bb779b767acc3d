// move into vec
pub fn f() -> usize { let s = String::new(); let v = vec![s]; v.len() + s.len() }
