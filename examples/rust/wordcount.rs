// Rust twin of examples/wordcount.grok.
use std::collections::HashMap as Map;

const TEXT: &str = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs! A fox, a dog, the end.";

fn normalize(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars() {
        if c.is_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        }
    }
    out
}

fn longest(words: &Vec<String>) -> Option<String> {
    let mut best: Option<String> = None;
    for w in words.iter() {
        let longer = match &best {
            Some(b) => w.len() > b.len(),
            None => true,
        };
        if longer {
            best = Some(w.clone());
        }
    }
    best
}

fn main() {
    let mut counts: Map<String, i32> = Map::new();
    let mut words: Vec<String> = Vec::new();
    for raw in TEXT.split_whitespace() {
        let w = normalize(raw);
        if w.len() == 0 {
            continue;
        }
        words.push(w.clone());
        *counts.entry(w).or_insert(0) += 1;
    }
    println!("{} words, {} distinct", words.len(), counts.len());

    let mut table: Vec<(String, i32)> = Vec::new();
    for (w, n) in &counts {
        table.push((w.clone(), *n));
    }
    table.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (w, n) in table.iter().take(5) {
        println!("{:<8}{:>3}", w, n);
    }

    if let Some(w) = longest(&words) {
        println!("longest word: {} ({} letters)", w, w.len());
    }

    let mut title = String::new();
    for w in words.iter().take(4) {
        if title.len() > 0 {
            title.push_str(" ");
        }
        let mut chars = w.chars();
        if let Some(first) = chars.next() {
            title.push(first.to_ascii_uppercase());
            title.push_str(chars.as_str());
        }
    }
    println!("title: {}", title);
}
