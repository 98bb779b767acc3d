// Rust twin of examples/patterns.grok.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Event {
    Key(char),
    Click { x: i32, y: i32 },
    Resize(i32, i32),
    Quit,
}

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn classify(n: i32) -> &'static str {
    match n {
        x if x < 0 => "negative",
        0 => "zero",
        1 | 2 | 3 => "small",
        d @ 4..=9 if d % 2 == 0 => "even digit",
        4..=9 => "odd digit",
        10..=99 => "two digits",
        _ => "large",
    }
}

fn describe(e: Event) -> String {
    match e {
        Event::Key('q') | Event::Quit => String::from("quit"),
        Event::Key(c @ 'a'..='z') => format!("letter {}", c),
        Event::Key(c) => format!("key {:?}", c),
        Event::Click { x: 0, y: 0 } => String::from("click at the origin"),
        Event::Click { x, y } if x == y => format!("diagonal click at {}", x),
        Event::Click { x, .. } => format!("click in column {}", x),
        Event::Resize(w, h) => {
            let area = w * h;
            format!("resize to {}x{} ({} cells)", w, h, area)
        }
    }
}

fn quadrant(p: Point) -> &'static str {
    match (p.x, p.y) {
        (0, 0) => "origin",
        (0, _) | (_, 0) => "on an axis",
        (x, y) if x > 0 && y > 0 => "first quadrant",
        (x, _) if x < 0 => "left half",
        _ => "lower right",
    }
}

fn main() {
    for n in [-5, 0, 2, 6, 7, 42, 1000] {
        println!("{} is {}", n, classify(n));
    }

    let events = vec![
        Event::Key('g'),
        Event::Key('Q'),
        Event::Key('q'),
        Event::Click { x: 0, y: 0 },
        Event::Click { x: 4, y: 4 },
        Event::Click { x: 7, y: 2 },
        Event::Resize(80, 24),
        Event::Quit,
    ];
    for e in &events {
        println!("{:?} -> {}", e, describe(*e));
    }

    for p in [Point { x: 0, y: 0 }, Point { x: 0, y: 3 }, Point { x: 2, y: 5 }, Point { x: -1, y: 9 }, Point { x: 3, y: -3 }] {
        let Point { x, y } = p;
        println!("({}, {}) is {}", x, y, quadrant(p));
    }

    let pair = (String::from("grok"), 3);
    let (word, times) = pair;
    println!("{} x{}", word, times);

    let maybe: Option<i32> = Some(12);
    if let Some(n @ 10..=20) = maybe {
        println!("{} is between 10 and 20", n);
    }

    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        print!("{} ", top);
    }
    println!();
}
