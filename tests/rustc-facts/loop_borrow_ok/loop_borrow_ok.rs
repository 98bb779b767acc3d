// loop borrow ok
pub fn f(v: &mut Vec<i32>) { for i in 0..3 { let x = v[0]; v.push(i + x); } }
