// generic_dispatch: functions generic over a trait bound, called with
// several implementing types (monomorphized); bounds with `+` and `where`.
trait Area {
    fn area(&self) -> f64;
}

trait Describe {
    fn describe(&self) -> String;
}

struct Square {
    side: f64,
}

struct Circle {
    r: f64,
}

impl Area for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

impl Area for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

impl Describe for Square {
    fn describe(&self) -> String {
        format!("square {}", self.side)
    }
}

fn double_area<T: Area>(s: &T) -> f64 {
    2.0 * s.area()
}

fn report<T: Area + Describe>(s: &T) {
    println!("{} has area {}", s.describe(), s.area());
}

fn bigger<A, B>(a: &A, b: &B) -> bool
where
    A: Area,
    B: Area,
{
    a.area() > b.area()
}

fn main() {
    let s = Square { side: 3.0 };
    let c = Circle { r: 2.0 };
    println!("{} {}", double_area(&s), double_area(&c));
    report(&s);
    println!("{} {}", bigger(&s, &c), bigger(&c, &s));
}
