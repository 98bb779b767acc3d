// expect_err: expect on Err panics with "MESSAGE: " followed by the error's
// {:?}, here "config: Missing(\"port\")".
#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    Invalid(i32),
}

fn get(key: &'static str) -> Result<i32, ConfigError> {
    if key == "port" {
        Err(ConfigError::Missing(key))
    } else if key == "level" {
        Err(ConfigError::Invalid(-1))
    } else {
        Ok(key.len() as i32)
    }
}

fn main() {
    println!("{}", get("host").expect("config"));
    match get("level") {
        Ok(v) => println!("level {}", v),
        Err(e) => println!("level error: {:?}", e),
    }
    println!("{}", get("port").expect("config"));
}
