// two phase shared then mut
pub fn f(v: &mut Vec<usize>) { let r = &v[0]; v.push(*r); }
