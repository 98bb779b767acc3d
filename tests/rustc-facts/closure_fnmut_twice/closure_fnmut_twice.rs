// closure fnmut twice
pub fn f() -> Vec<i32> { let mut v = vec![]; let mut a = |x| v.push(x); a(1); a(2); v }
