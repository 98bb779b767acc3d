// print_macros: print! without a newline, format! into a String, eprintln!
// going to stderr (not stdout), println! with no arguments.
fn main() {
    print!("a");
    print!("b{}", 1);
    println!();
    let s = format!("{}-{}", "x", 42);
    println!("{} (len {})", s, s.len());
    eprintln!("this line goes to stderr");
    let mut line = String::new();
    for i in 0..5 {
        line.push_str(format!("{},", i).as_str());
    }
    println!("{}", line);
    let nested = format!("[{}]", format!("<{}>", "in"));
    println!("{}", nested);
    print!("no newline at the end");
}
