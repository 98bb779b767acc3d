// question_result: `?` on Result returns the Err early and unwraps the Ok;
// errors pass through several layers of calls.
fn parse_digit(c: char) -> Result<u32, String> {
    match c.to_digit(10) {
        Some(d) => Ok(d),
        None => Err(format!("'{}' is not a digit", c)),
    }
}

fn parse_two(a: char, b: char) -> Result<u32, String> {
    let x = parse_digit(a)?;
    let y = parse_digit(b)?;
    Ok(x * 10 + y)
}

fn sum_pairs(pairs: &Vec<(char, char)>) -> Result<u32, String> {
    let mut total = 0;
    for (a, b) in pairs {
        total += parse_two(*a, *b)?;
        println!("running total {}", total);
    }
    Ok(total)
}

fn main() {
    println!("{:?}", parse_two('4', '2'));
    println!("{:?}", parse_two('4', 'x'));
    println!("{:?}", parse_two('?', 'x'));
    println!("{:?}", sum_pairs(&vec![('1', '0'), ('2', '5')]));
    println!("{:?}", sum_pairs(&vec![('1', '0'), ('z', '5'), ('3', '3')]));
}
