// ret ref wrong param
pub fn f<'a, 'b>(x: &'a i32, y: &'b i32) -> &'a i32 { if *x > 0 { x } else { y } }
