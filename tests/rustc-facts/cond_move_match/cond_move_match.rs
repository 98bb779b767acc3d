// cond move match
pub fn f(o: Option<String>, k: u8) -> usize { let s = String::new(); match k { 0 => drop(s), 1 => {}, _ => drop(s) } 0 }
