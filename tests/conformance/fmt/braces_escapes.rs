// braces_escapes: `{{` and `}}` print literal braces; string escapes
// \n \t \\ \" \0 \x41 \u{..}; raw strings keep backslashes.
fn main() {
    println!("{{}}");
    println!("{{{}}}", 5);
    println!("set = {{ {}, {} }}", 1, 2);
    println!("tab\there");
    println!("quote \" backslash \\ end");
    println!("hex \x41\x42 unicode \u{e9} \u{1F600}");
    println!(r"raw C:\path\n stays");
    println!("line1\nline2");
    let s = "a\tb";
    println!("{} has {} bytes", s, s.len());
    println!("nul is {} byte", "\0".len());
    println!("{}", 'x');
    println!("{}", '\'');
}
