// lt declared bound ok
pub fn f<'a: 'b, 'b>(x: &'a i32) -> &'b i32 { x }
