// match_strs: matching str values against string literals, with guards on
// their length and a binding catch-all.
fn command(cmd: &str) -> String {
    match cmd {
        "quit" | "exit" => String::from("bye"),
        "help" => String::from("commands: quit, help, echo"),
        c if c.starts_with("echo ") => format!("echo says: {}", c.len()),
        "" => String::from("empty command"),
        other => format!("unknown command '{}'", other),
    }
}

fn main() {
    let inputs = vec!["help", "quit", "exit", "echo hi", "", "jump"];
    for i in &inputs {
        println!("{}", command(*i));
    }
    let owned = String::from("help");
    println!("{}", command(owned.as_str()));
    let pair = ("GET", 200);
    let msg = match pair {
        ("GET", 200) => "ok read",
        ("POST", 201) => "created",
        (_, 404) => "not found",
        _ => "other",
    };
    println!("{}", msg);
}
