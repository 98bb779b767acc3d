// nll case3 vec
pub fn f<'a>(v: &'a mut Vec<i32>) -> &'a mut i32 { if let Some(x) = v.first_mut() { return x; } v.push(0); v.first_mut().unwrap() }
