// Passing a `str` by value copies it.
fn shout(s: &'static str) -> usize {
    s.len()
}

fn main() {
    let greeting = "hello";
    let n = shout(greeting);
    let m = shout(greeting);
    println!("{} {} {}", greeting, n, m);
}
