// bindings_at: `name @ pattern` binds the value matched by a range,
// an or-pattern or a nested pattern.
fn bucket(age: u32) -> String {
    match age {
        0 => String::from("newborn"),
        n @ 1..=12 => format!("child of {}", n),
        n @ (13 | 14 | 15 | 16 | 17 | 18 | 19) => format!("teen of {}", n),
        n => format!("adult of {}", n),
    }
}

fn main() {
    for a in [0, 5, 12, 13, 19, 20, 64] {
        println!("{}", bucket(a));
    }
    let msg = Some(42);
    match msg {
        Some(n @ 40..=49) => println!("forties: {}", n),
        Some(n) => println!("other: {}", n),
        None => println!("none"),
    }
    let pair = (3, 8);
    match pair {
        whole @ (a, b) if a < b => println!("{:?} ascending by {}", whole, b - a),
        whole => println!("{:?}", whole),
    }
}
