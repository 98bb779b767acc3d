// lt swap refs
pub fn f<'a, 'b>(x: &mut &'a i32, y: &mut &'b i32) { std::mem::swap(x, y); }
