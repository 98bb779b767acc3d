// drop moved ok
pub struct D<'a>(pub &'a i32);
impl<'a> Drop for D<'a> { fn drop(&mut self) {} }
pub fn f() { let mut x = 1; let d = D(&x); drop(d); x = 2; let _ = x; }
