// Rust twin of examples/generics.grok.
trait Describe {
    fn describe(&self) -> String;
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters {
    value: f64,
}

impl Describe for Meters {
    fn describe(&self) -> String {
        format!("{:.1} m", self.value)
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the integer {}", self)
    }
}

struct Pair<T, U> {
    first: T,
    second: U,
}

impl<T: Copy, U: Copy> Pair<T, U> {
    fn new(first: T, second: U) -> Self {
        Pair { first, second }
    }

    fn swap(&self) -> Pair<U, T> {
        Pair { first: self.second, second: self.first }
    }
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }

    fn push(&mut self, x: T) {
        self.items.push(x)
    }

    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }

    fn len(&self) -> usize {
        self.items.len()
    }
}

fn largest<T: PartialOrd + Copy>(v: &Vec<T>) -> T {
    let mut best = v[0];
    for x in v.iter() {
        if *x > best {
            best = *x;
        }
    }
    best
}

fn describe_all<T>(items: &Vec<T>) -> Vec<String> where T: Describe {
    let mut out = Vec::new();
    for item in items.iter() {
        out.push(item.describe());
    }
    out
}

fn identity<T>(x: T) -> T {
    x
}

fn main() {
    println!("largest i32: {}", largest(&vec![3, 9, 2, 7]));
    println!("largest f64: {}", largest(&vec![0.5, -1.25, 0.75]));
    println!("largest char: {}", largest(&vec!['g', 'r', 'o', 'k']));

    let lengths = vec![Meters { value: 12.5 }, Meters { value: 42.0 }];
    for line in describe_all(&lengths).iter() {
        println!("{}", line);
    }
    for line in describe_all(&vec![7, 11]).iter() {
        println!("{}", line);
    }

    let p = Pair::new(1, 'x');
    let q = p.swap();
    println!("pair ({}, {}) swapped is ({}, {})", p.first, p.second, q.first, q.second);

    let mut stack: Stack<String> = Stack::new();
    stack.push(String::from("bottom"));
    stack.push(identity(String::from("top")));
    println!("stack holds {}", stack.len());
    while let Some(s) = stack.pop() {
        println!("popped {}", s);
    }
}
