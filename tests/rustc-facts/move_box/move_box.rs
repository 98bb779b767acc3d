// move box
pub fn f() -> i32 { let b = Box::new(3); let c = b; *b + *c }
