// mut alias
pub fn f() -> i32 { let mut x = 1; let a = &mut x; let b = &mut x; *a += 1; *b }
