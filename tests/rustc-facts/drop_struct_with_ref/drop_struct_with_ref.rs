// drop struct with ref
pub struct D<'a>(pub &'a i32);
impl<'a> Drop for D<'a> { fn drop(&mut self) {} }
pub fn f() { let mut x = 1; let _d = D(&x); x = 2; let _ = x; }
