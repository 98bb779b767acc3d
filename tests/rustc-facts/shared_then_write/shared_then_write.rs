// shared then write
pub fn f() -> i32 { let mut x = 1; let r = &x; x = 2; *r + x }
