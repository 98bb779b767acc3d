// string_basics: String::new, String::from, push_str, push, len (bytes),
// as_str, is_empty, clear, clone, and == between String and str.
fn main() {
    let mut s = String::new();
    println!("[{}] {} {}", s, s.len(), s.is_empty());
    s.push_str("hello");
    s.push(',');
    s.push(' ');
    s.push_str("world");
    println!("[{}] {}", s, s.len());
    let t = String::from("hello, world");
    println!("{}", s == t);
    println!("{}", s.as_str() == "hello, world");
    let u = s.clone();
    s.clear();
    println!("[{}] [{}]", s, u);
    let v: &str = u.as_str();
    println!("{}", v.len());
    let mut acc = String::new();
    for i in 0..3 {
        acc.push_str(i.to_string().as_str());
        acc.push('-');
    }
    println!("{}", acc);
    let e = String::from("é");
    println!("{} {}", e.len(), e.chars().count());
}
