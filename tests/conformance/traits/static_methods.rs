// static_methods: traits with associated functions returning Self
// (constructors), called as `T::make()` through a generic parameter.
trait Shape {
    fn unit() -> Self;
    fn scale(&self, k: f64) -> Self;
    fn size(&self) -> f64;
}

#[derive(Debug)]
struct Sq {
    side: f64,
}

#[derive(Debug)]
struct Line {
    len: f64,
}

impl Shape for Sq {
    fn unit() -> Self {
        Sq { side: 1.0 }
    }
    fn scale(&self, k: f64) -> Self {
        Sq { side: self.side * k }
    }
    fn size(&self) -> f64 {
        self.side * self.side
    }
}

impl Shape for Line {
    fn unit() -> Self {
        Line { len: 1.0 }
    }
    fn scale(&self, k: f64) -> Self {
        Line { len: self.len * k }
    }
    fn size(&self) -> f64 {
        self.len
    }
}

fn grown<T: Shape>(k: f64) -> T {
    T::unit().scale(k)
}

fn main() {
    let s: Sq = grown(3.0);
    let l: Line = grown(3.0);
    println!("{:?} {}", s, s.size());
    println!("{:?} {}", l, l.size());
    println!("{:?}", Sq::unit());
}
