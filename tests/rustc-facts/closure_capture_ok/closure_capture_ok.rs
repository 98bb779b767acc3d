// closure capture ok
pub fn f() -> i32 { let mut x = 1; { let mut c = || x += 1; c(); } x }
