// move field
pub struct P { pub a: String, pub b: String }
pub fn f(p: P) -> usize { let x = p.a; drop(x); p.a.len() }
