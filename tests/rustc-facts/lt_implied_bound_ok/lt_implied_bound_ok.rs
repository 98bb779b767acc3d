// lt implied bound ok
pub fn f<'a, 'b>(x: &'a &'b i32) -> &'a i32 { *x }
