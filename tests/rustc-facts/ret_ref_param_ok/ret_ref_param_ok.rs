// ret ref param ok
pub fn f<'a>(x: &'a i32, _y: &i32) -> &'a i32 { x }
