// Rust twin of examples/errors.grok.
#[derive(Debug, Clone, PartialEq)]
enum ConfigError {
    Empty,
    BadDigit(char),
    TooLarge,
    Missing(String),
}

impl ConfigError {
    fn message(&self) -> String {
        match self {
            ConfigError::Empty => String::from("empty value"),
            ConfigError::BadDigit(c) => format!("bad digit '{}'", c),
            ConfigError::TooLarge => String::from("number too large"),
            ConfigError::Missing(key) => format!("missing key `{}`", key),
        }
    }
}

#[derive(Debug)]
struct Config {
    host: &'static str,
    port: i32,
}

fn parse_number(text: &str) -> Result<i32, ConfigError> {
    if text.len() == 0 {
        return Err(ConfigError::Empty);
    }
    let mut n: i32 = 0;
    for c in text.chars() {
        let d = match c.to_digit(10) {
            Some(d) => d as i32,
            None => return Err(ConfigError::BadDigit(c)),
        };
        n = n.checked_mul(10).ok_or(ConfigError::TooLarge)?;
        n = n.checked_add(d).ok_or(ConfigError::TooLarge)?;
    }
    Ok(n)
}

fn lookup(pairs: &Vec<(&'static str, &'static str)>, key: &str) -> Option<&'static str> {
    for pair in pairs.iter() {
        if pair.0 == key {
            return Some(pair.1);
        }
    }
    None
}

fn port_plus_one(pairs: &Vec<(&'static str, &'static str)>) -> Option<i32> {
    let raw = lookup(pairs, "port")?;
    let port = parse_number(raw).ok()?;
    port.checked_add(1)
}

fn load(pairs: &Vec<(&'static str, &'static str)>) -> Result<Config, ConfigError> {
    let host = lookup(pairs, "host").ok_or(ConfigError::Missing(String::from("host")))?;
    let raw_port = lookup(pairs, "port").ok_or(ConfigError::Missing(String::from("port")))?;
    let port = parse_number(raw_port)?;
    Ok(Config { host, port })
}

fn report(name: &str, pairs: &Vec<(&'static str, &'static str)>) {
    match load(pairs) {
        Ok(cfg) => println!("{}: ok, {}:{}", name, cfg.host, cfg.port),
        Err(e) => println!("{}: error: {}", name, e.message()),
    }
}

fn main() {
    println!("{:?}", parse_number("8080"));
    println!("{:?}", parse_number("80a0"));
    println!("{:?}", parse_number("99999999999"));
    println!("{:?}", parse_number(""));

    let good = vec![("host", "example.org"), ("port", "443")];
    let no_port = vec![("host", "example.org")];
    let bad_port = vec![("port", "4x3"), ("host", "localhost")];
    report("good", &good);
    report("no_port", &no_port);
    report("bad_port", &bad_port);

    println!("port + 1 = {:?}", port_plus_one(&good));
    println!("port + 1 = {:?}", port_plus_one(&no_port));

    if let Ok(cfg) = load(&good) {
        println!("{:?}", cfg);
    }
    let err = load(&no_port);
    assert!(err.is_err());
    if let Err(e) = err {
        assert_eq!(e, ConfigError::Missing(String::from("port")));
    }
}
