// nll case3 loop
pub fn f<'a>(v: &'a mut Vec<i32>) -> &'a mut i32 { loop { if let Some(x) = v.last_mut() { return x; } v.push(1); } }
