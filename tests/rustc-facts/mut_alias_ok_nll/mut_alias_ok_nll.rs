// mut alias ok nll
pub fn f() -> i32 { let mut x = 1; let a = &mut x; *a += 1; let b = &mut x; *b }
