// move uninit use
pub fn f(c: bool) -> usize { let s: String; if c { s = String::new(); } s.len() }
