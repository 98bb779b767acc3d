// partial_eq: derived PartialEq compares field by field (and variant by
// variant for enums); `!=` is its negation.
#[derive(PartialEq, Debug)]
struct Version {
    major: u32,
    minor: u32,
    label: Option<&'static str>,
}

#[derive(PartialEq, Debug, Clone, Copy)]
enum Level {
    Low,
    Mid(u8),
    High { boost: i8 },
}

fn main() {
    let v1 = Version { major: 1, minor: 2, label: None };
    let v2 = Version { major: 1, minor: 2, label: None };
    let v3 = Version { major: 1, minor: 2, label: Some("rc") };
    println!("{} {} {}", v1 == v2, v1 == v3, v1 != v3);
    println!("{}", Level::Low == Level::Low);
    println!("{}", Level::Mid(3) == Level::Mid(3));
    println!("{}", Level::Mid(3) == Level::Mid(4));
    println!("{}", Level::High { boost: -1 } == Level::High { boost: -1 });
    println!("{}", Level::Low != Level::Mid(0));
    let levels = vec![Level::Low, Level::Mid(1), Level::High { boost: 2 }];
    println!("{}", levels.contains(&Level::Mid(1)));
    println!("{}", levels.contains(&Level::Mid(2)));
    assert_eq!(v1, v2);
    assert_ne!(v2, v3);
    println!("{:?}", levels);
}
