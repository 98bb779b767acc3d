// str_methods: methods on str values: contains, starts_with, ends_with,
// find, replace, trim, to_uppercase/lowercase, repeat, split, lines.
fn main() {
    let s = "  The quick brown fox  ";
    let t = s.trim();
    println!("[{}] [{}] [{}]", t, s.trim_start(), s.trim_end());
    println!("{} {} {}", t.contains("quick"), t.starts_with("The"), t.ends_with("dog"));
    println!("{:?} {:?}", t.find("brown"), t.find("cat"));
    println!("{}", t.replace("quick", "slow"));
    println!("{} {}", t.to_uppercase(), t.to_lowercase());
    println!("{}", "ab".repeat(3));
    let parts: Vec<&str> = "a,b,,c".split(',').collect();
    println!("{:?}", parts);
    let words: Vec<&str> = t.split_whitespace().collect();
    println!("{:?} {}", words, words.len());
    for line in "one\ntwo\nthree".lines() {
        print!("<{}>", line);
    }
    println!();
    println!("{}", "".is_empty());
    println!("{:?}", "key=value".split_once('='));
}
