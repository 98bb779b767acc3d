// drop box ref
pub fn f() { let mut x = 1; let b = Box::new(&x); x += 1; let _ = b; }
