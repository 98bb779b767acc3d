// slice split ok
pub fn f(v: &mut [i32]) -> i32 { let (a, b) = v.split_at_mut(1); a[0] += b[0]; a[0] }
