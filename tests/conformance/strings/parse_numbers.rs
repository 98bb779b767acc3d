// parse_numbers: str.parse::<T>() gives Ok on valid input and Err on
// invalid or out-of-range input; to_string goes the other way.
fn main() {
    let inputs = vec!["42", "-17", "+8", "3.5", "abc", "", "300"];
    for s in &inputs {
        let r: Result<i32, _> = s.parse::<i32>();
        match r {
            Ok(n) => println!("{:?} -> i32 {}", s, n),
            Err(_) => println!("{:?} -> not an i32", s),
        }
    }
    println!("{}", "300".parse::<u8>().is_err());
    println!("{:?}", "255".parse::<u8>().ok());
    println!("{:?}", "2.5".parse::<f64>().ok());
    println!("{:?}", "1e3".parse::<f64>().ok());
    println!("{:?}", "true".parse::<bool>().ok());
    let n = 1234;
    let s = n.to_string();
    println!("{} {}", s, s.len());
    println!("{}", 2.5f64.to_string());
}
