// ret ref field
pub struct S { pub v: Vec<i32> }
pub fn f(s: &S) -> &i32 { &s.v[0] }
