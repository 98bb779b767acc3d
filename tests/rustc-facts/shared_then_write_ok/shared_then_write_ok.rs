// shared then write ok
pub fn f() -> i32 { let mut x = 1; let r = &x; let y = *r; x = 2; x + y }
