// string push while borrowed
pub fn f() -> usize { let mut s = String::from("a"); let t = &s; s.push('b'); t.len() }
