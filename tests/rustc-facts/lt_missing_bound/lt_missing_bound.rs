// lt missing bound
pub fn f<'a, 'b>(x: &'a i32) -> &'b i32 { x }
