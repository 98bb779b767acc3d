// map_basics: Map insert (returns the old value), get, get_mut,
// contains_key, remove, len; printed in sorted key order only.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&'static str, i32> = HashMap::new();
    println!("{:?}", m.insert("one", 1));
    println!("{:?}", m.insert("two", 2));
    println!("{:?}", m.insert("one", 11));
    println!("{} {:?} {:?}", m.len(), m.get(&"one"), m.get(&"three"));
    println!("{} {}", m.contains_key(&"two"), m.contains_key(&"three"));
    if let Some(v) = m.get_mut(&"two") {
        *v *= 10;
    }
    println!("{:?}", m.get(&"two"));
    println!("{:?} {:?}", m.remove(&"one"), m.remove(&"one"));
    m.insert("three", 3);
    m.insert("four", 4);
    let mut keys: Vec<&'static str> = Vec::new();
    for (k, _) in &m {
        keys.push(*k);
    }
    keys.sort();
    for k in &keys {
        println!("{} => {}", k, m[k]);
    }
}
