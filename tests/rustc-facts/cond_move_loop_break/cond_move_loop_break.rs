// cond move loop break
pub fn f(n: u32) -> usize { let s = String::new(); for i in 0..n { if i == 3 { drop(s); break; } } 0 }
