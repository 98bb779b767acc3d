// unwrap_err: unwrap on Err panics with
// "called `Result::unwrap()` on an `Err` value: " and the error's {:?}.
fn parse_digit(c: char) -> Result<u32, &'static str> {
    if c >= '0' && c <= '9' {
        Ok(c as u32 - '0' as u32)
    } else {
        Err("not a digit")
    }
}

fn main() {
    println!("{}", parse_digit('7').unwrap());
    println!("{}", parse_digit('0').unwrap());
    println!("{}", parse_digit('x').unwrap());
}
