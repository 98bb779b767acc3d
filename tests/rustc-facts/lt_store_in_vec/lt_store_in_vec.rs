// lt store in vec
pub fn f<'a, 'b>(v: &mut Vec<&'a i32>, x: &'b i32) { v.push(x); }
