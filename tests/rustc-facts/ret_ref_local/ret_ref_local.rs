// ret ref local
pub fn f() -> &'static i32 { let x = 5; let r: &i32 = &x; unsafe { std::mem::transmute::<&i32, &'static i32>(r) } }
