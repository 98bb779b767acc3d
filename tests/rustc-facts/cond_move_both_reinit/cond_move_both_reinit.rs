// cond move both reinit
pub fn f(c: bool) -> usize { let mut s = String::new(); if c { drop(s); s = String::new(); } s.len() }
