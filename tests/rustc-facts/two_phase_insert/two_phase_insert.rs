// two phase insert
pub fn f(v: &mut Vec<usize>) { v.insert(0, v.len() + 1); }
