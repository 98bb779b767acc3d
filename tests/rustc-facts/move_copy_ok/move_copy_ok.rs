// move copy ok
pub fn f() -> i32 { let a = 5; let b = a; a + b }
