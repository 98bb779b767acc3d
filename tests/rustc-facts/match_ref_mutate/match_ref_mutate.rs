// match ref mutate
pub fn f(o: &mut Option<i32>) -> i32 { match o { Some(x) => { *o = None; *x } None => 0 } }
