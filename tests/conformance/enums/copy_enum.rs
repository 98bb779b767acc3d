// copy_enum: a `#[derive(Copy, Clone, PartialEq, Debug)]` enum used as a
// state machine; values are copied, compared and printed.
#[derive(Copy, Clone, PartialEq, Debug)]
enum Light {
    Red,
    Green,
    Yellow,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }
    fn seconds(&self) -> u32 {
        match *self {
            Light::Red => 30,
            Light::Green => 25,
            Light::Yellow => 5,
        }
    }
}

fn main() {
    let mut l = Light::Red;
    let start = l;
    let mut total = 0;
    for _ in 0..7 {
        total += l.seconds();
        l = l.next();
        print!("{:?} ", l);
    }
    println!();
    println!("{:?} {} {}", start, total, l == Light::Green);
    let all = [Light::Red, Light::Green, Light::Yellow];
    let greens = all.iter().filter(|x| **x == Light::Green).count();
    println!("{}", greens);
}
