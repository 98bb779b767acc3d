// cond move after
pub fn f(c: bool) -> usize { let s = String::new(); if c { let _t = s; } let u = s; u.len() }
