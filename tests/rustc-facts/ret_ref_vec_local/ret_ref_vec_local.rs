// ret ref vec local
pub fn f() -> usize { let r; { let v = vec![1]; r = &v[0]; } *r as usize }
