// lt struct field
pub struct S<'a> { pub r: &'a i32 }
pub fn f<'a, 'b>(s: &mut S<'a>, x: &'b i32) { s.r = x; }
