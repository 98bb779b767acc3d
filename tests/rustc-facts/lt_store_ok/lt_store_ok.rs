// lt store ok
pub fn f<'a>(v: &mut Vec<&'a i32>, x: &'a i32) { v.push(x); }
