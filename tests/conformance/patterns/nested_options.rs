// nested_options: patterns nested several levels: Option of tuple, Result
// of Option, and an enum inside an Option.
#[derive(Debug)]
enum Color {
    Rgb(u8, u8, u8),
    Named(&'static str),
}

fn check(v: Option<(i32, Option<char>)>) -> String {
    match v {
        None => String::from("nothing"),
        Some((0, None)) => String::from("zero without char"),
        Some((n, Some(c))) if n > 0 => format!("{} with {}", n, c),
        Some((n, Some(_))) => format!("non-positive {} with a char", n),
        Some((n, None)) => format!("{} alone", n),
    }
}

fn main() {
    println!("{}", check(None));
    println!("{}", check(Some((0, None))));
    println!("{}", check(Some((3, Some('x')))));
    println!("{}", check(Some((-3, Some('x')))));
    println!("{}", check(Some((9, None))));
    let results: Vec<Result<Option<i32>, &'static str>> = vec![Ok(Some(1)), Ok(None), Err("e")];
    for r in &results {
        match r {
            Ok(Some(x)) => println!("value {}", x),
            Ok(None) => println!("empty"),
            Err(msg) => println!("error {}", msg),
        }
    }
    let colors = vec![Some(Color::Rgb(255, 0, 0)), None, Some(Color::Named("teal")), Some(Color::Rgb(0, 0, 0))];
    for c in &colors {
        match c {
            Some(Color::Rgb(255, _, _)) => println!("reddish"),
            Some(Color::Rgb(r, g, b)) => println!("rgb {} {} {}", r, g, b),
            Some(Color::Named(n)) => println!("named {}", n),
            None => println!("no color"),
        }
    }
    println!("{:?}", colors[2]);
}
