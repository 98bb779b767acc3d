// update_syntax: struct literals with field init shorthand and `..base`
// taking the remaining fields from another value.
#[derive(Debug, Clone)]
struct Config {
    name: &'static str,
    verbose: bool,
    level: u8,
    retries: u32,
}

fn main() {
    let base = Config { name: "base", verbose: false, level: 1, retries: 3 };
    let loud = Config { verbose: true, ..base.clone() };
    let named = Config { name: "custom", level: 9, ..base.clone() };
    let level = 5;
    let retries = 0;
    let short = Config { level, retries, ..base };
    println!("{:?}", loud);
    println!("{:?}", named);
    println!("{:?}", short);
    let copy_of_copy = Config { ..short.clone() };
    println!("{}", copy_of_copy.level == short.level);
}
