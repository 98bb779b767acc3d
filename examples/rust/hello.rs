// Rust twin of examples/hello.grok.
fn main() {
    println!("Hello, GrokLang!");
    let name = "world";
    let greeting = format!("Hello, {}!", name);
    println!("{greeting}");
    println!("{} has {} bytes", name, name.len());
    println!("{}", "println(x) prints its one argument");
}
