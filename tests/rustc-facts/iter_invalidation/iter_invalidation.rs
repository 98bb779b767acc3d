// iter invalidation
pub fn f(v: &mut Vec<i32>) { let first = &v[0]; v.clear(); let _ = *first; }
