// Rust twin of examples/shapes.grok.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str;
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: f64,
    y: f64,
}

struct Circle {
    center: Point,
    radius: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Point {
    fn origin() -> Self {
        Point { x: 0.0, y: 0.0 }
    }

    fn distance(&self, other: &Point) -> f64 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        (dx * dx + dy * dy).sqrt()
    }
}

impl Circle {
    fn new(center: Point, radius: f64) -> Self {
        Circle { center, radius }
    }
}

impl Rect {
    fn square(side: f64) -> Self {
        Rect { w: side, h: side }
    }

    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.141592653589793 * self.radius * self.radius
    }

    fn name(&self) -> &'static str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }

    fn name(&self) -> &'static str {
        "rectangle"
    }

    fn describe(&self) -> String {
        format!("{}x{} rectangle", self.w, self.h)
    }
}

fn total_area<T: Shape>(shapes: &Vec<T>) -> f64 {
    let mut sum = 0.0;
    for s in shapes.iter() {
        sum += s.area();
    }
    sum
}

fn main() {
    let p = Point { x: 3.0, y: 4.0 };
    let o = Point::origin();
    println!("{:?} is {} from the origin", p, p.distance(&o));
    println!("p == o? {}", p == o);

    let c = Circle::new(p, 1.5);
    println!("{}", c.describe());
    println!("centre of the circle: ({}, {})", c.center.x, c.center.y);

    let mut r = Rect::square(2.0);
    println!("{}", r.describe());
    r.scale(1.5);
    println!("after scale: {} (area {:.2})", r.describe(), r.area());

    let rects = vec![Rect { w: 1.0, h: 2.0 }, Rect::square(3.0), Rect { w: 0.5, h: 4.0 }];
    println!("total area of {} rectangles: {:.1}", rects.len(), total_area(&rects));
}
