// two phase ok local
pub fn f() -> usize { let mut v = vec![1usize]; v.push(v.len()); v.len() }
