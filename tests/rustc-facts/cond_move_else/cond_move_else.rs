// cond move else
pub fn f(c: bool) -> usize { let s = String::new(); if c { drop(s); } else { return s.len(); } 0 }
