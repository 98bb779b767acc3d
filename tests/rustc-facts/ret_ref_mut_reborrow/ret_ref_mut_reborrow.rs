// ret ref mut reborrow
pub fn f(v: &mut Vec<i32>) -> &mut i32 { let r = &mut v[0]; r }
