// closure returns ref
pub fn f<'a>(v: &'a Vec<i32>) -> impl Fn() -> &'a i32 + 'a { move || &v[0] }
