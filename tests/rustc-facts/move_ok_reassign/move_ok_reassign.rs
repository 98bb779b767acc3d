// move ok reassign
pub fn f() { let mut s = String::new(); let t = s; drop(t); s = String::from("x"); let _n = s.len(); }
