// loop while ref
pub fn f(mut v: Vec<i32>) -> i32 { let mut r = &v[0]; let mut i = 0; while i < 3 { r = &v[1]; i += 1; } v.clear(); *r }
