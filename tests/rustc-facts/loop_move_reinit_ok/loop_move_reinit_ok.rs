// loop move reinit ok
pub fn f(n: u32) { let mut s = String::new(); for _ in 0..n { drop(s); s = String::new(); } }
