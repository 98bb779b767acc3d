// lt static required
pub fn f<'a>(x: &'a i32) -> &'static i32 { x }
