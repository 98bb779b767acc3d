// nll case3 get default
use std::collections::HashMap;
pub fn f<'m>(map: &'m mut HashMap<u32, String>, k: u32) -> &'m mut String { match map.get_mut(&k) { Some(v) => v, None => { map.insert(k, String::new()); map.get_mut(&k).unwrap() } } }
