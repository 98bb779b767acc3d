// result_methods: Result's is_ok/is_err, ok, err, unwrap_or, map, map_err,
// and_then, unwrap_or_else.
fn parse_pos(s: &str) -> Result<u32, String> {
    let mut n: u32 = 0;
    if s.is_empty() {
        return Err(String::from("empty"));
    }
    for c in s.chars() {
        match c.to_digit(10) {
            Some(d) => n = n * 10 + d,
            None => return Err(format!("bad char {:?}", c)),
        }
    }
    Ok(n)
}

fn main() {
    let good = parse_pos("123");
    let bad = parse_pos("1x");
    println!("{} {} {} {}", good.is_ok(), good.is_err(), bad.is_ok(), bad.is_err());
    println!("{:?} {:?}", good.clone().ok(), bad.clone().ok());
    println!("{:?} {:?}", good.clone().err(), bad.clone().err());
    println!("{}", bad.clone().unwrap_or(0));
    println!("{:?}", good.clone().map(|n| n * 2));
    println!("{:?}", bad.clone().map_err(|e| e.len()));
    println!("{:?}", good.clone().and_then(|n| if n > 100 { Ok(n - 100) } else { Err(String::from("small")) }));
    println!("{}", parse_pos("").unwrap_or_else(|e| e.len() as u32));
    println!("{:?}", parse_pos("42"));
}
