// newlines: statement ends by newline; method chains whose next line starts
// with `.`; `}` and `else` on separate lines; calls and vec! spanning lines;
// a binary operator at the end of a line continues the expression.
struct Builder {
    parts: Vec<&'static str>,
}

impl Builder {
    fn new() -> Builder {
        Builder { parts: Vec::new() }
    }
    fn add(mut self, p: &'static str) -> Builder {
        self.parts.push(p);
        self
    }
    fn count(&self) -> usize {
        self.parts.len()
    }
}

fn sum4(a: i32, b: i32, c: i32, d: i32) -> i32 {
    a + b + c + d
}

fn main() {
    let b = Builder::new()
        .add("x")
        .add("y")
        .add("z");
    println!("{} parts: {:?}", b.count(), b.parts);
    let total = sum4(
        1,
        2,
        3,
        4
    );
    println!("{}", total);
    let v = vec![
        10,
        20,
        30
    ];
    let long = v[0] +
        v[1] +
        v[2];
    println!("{}", long);
    let flag = total > 5;
    if flag {
        println!("big");
    }
    else {
        println!("small");
    }
    let a = 1; let c = 2; println!("{}", a + c);
    let n = v
        .iter()
        .map(|x| x / 10)
        .fold(0, |acc, x| acc + x);
    println!("{}", n);
}
