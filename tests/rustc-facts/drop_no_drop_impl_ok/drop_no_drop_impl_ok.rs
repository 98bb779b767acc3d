// drop no drop impl ok
pub struct N<'a>(pub &'a i32);
pub fn f() { let mut x = 1; let _n = N(&x); x = 2; let _ = x; }
