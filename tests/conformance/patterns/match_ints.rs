// match_ints: match on integer literals, inclusive ranges, or-patterns,
// negative literals and a catch-all binding; arms separated by newlines.
fn describe(n: i64) -> String {
    match n {
        0 => String::from("zero"),
        1 | 2 | 3 => String::from("small"),
        4..=9 => String::from("digit"),
        -9..=-1 => String::from("negative digit"),
        10 | 20 | 30 => String::from("round"),
        i64::MIN..=-10 => format!("very negative {}", n),
        other => format!("large {}", other)
    }
}

fn main() {
    for n in [0, 2, 7, -4, 20, -100, 11, 9, 10, i64::MIN] {
        println!("{} -> {}", n, describe(n));
    }
    let b: u8 = 200;
    let kind = match b {
        0..=127 => "ascii",
        128..=255 => "high"
    };
    println!("{}", kind);
}
