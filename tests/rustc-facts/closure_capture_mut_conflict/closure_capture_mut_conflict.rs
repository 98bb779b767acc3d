// closure capture mut conflict
pub fn f() -> i32 { let mut x = 1; let mut c = || x += 1; let y = x; c(); y }
