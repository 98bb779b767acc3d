// cond move
pub fn f(c: bool) -> usize { let s = String::new(); if c { drop(s); } s.len() }
