// loop move
pub fn f(n: u32) { let s = String::new(); for _ in 0..n { drop(s); } }
