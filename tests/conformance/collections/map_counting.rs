// map_counting: counting with `*m.entry(k).or_insert(0) += 1`, a Map with
// String keys, and reporting by sorted (count, key).
use std::collections::HashMap;

fn main() {
    let text = "the cat and the dog and the bird";
    let mut counts: HashMap<String, u32> = HashMap::new();
    for w in text.split_whitespace() {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    let mut rows: Vec<(u32, String)> = Vec::new();
    for (k, v) in &counts {
        rows.push((*v, k.clone()));
    }
    rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (n, w) in &rows {
        println!("{:<5}{}", w, n);
    }
    let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in text.split_whitespace() {
        by_len.entry(w.len()).or_insert(Vec::new()).push(w);
    }
    let mut lens: Vec<usize> = by_len.keys().cloned().collect();
    lens.sort();
    for l in lens {
        println!("{} {:?}", l, by_len[&l]);
    }
}
