// move twice call
fn take(_s: String) {}
pub fn f() { let s = String::new(); take(s); take(s); }
