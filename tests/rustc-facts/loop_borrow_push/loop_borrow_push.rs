// loop borrow push
pub fn f(v: &mut Vec<i32>) { for i in 0..3 { let r = &v[0]; v.push(i); let _ = r; } }
