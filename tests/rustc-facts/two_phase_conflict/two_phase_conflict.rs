// two phase conflict
pub fn f(v: &mut Vec<usize>) { let r = &mut *v; v.push(r.len()); }
