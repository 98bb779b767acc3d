// drop vec of refs
pub fn f() { let mut x = 1; let v = vec![&x]; x = 2; drop(v); }
