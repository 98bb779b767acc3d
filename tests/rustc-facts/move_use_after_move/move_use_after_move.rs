// move use after move
pub fn f() { let s = String::new(); let t = s; drop(t); let _u = s.len(); }
