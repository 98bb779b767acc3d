// debug_derive: `#[derive(Debug)]` on structs and enums prints Rust's
// format: `Point { x: 1, y: -2 }`, unit, tuple and struct variants.
#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Empty,
}

#[derive(Debug)]
struct Scene {
    name: &'static str,
    origin: Point,
    shapes: Vec<Shape>,
    tag: Option<char>,
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{:?}", p);
    println!("{:?}", Shape::Circle(1.5));
    println!("{:?}", Shape::Rect { w: 2.0, h: 3.0 });
    println!("{:?}", Shape::Empty);
    let s = Scene {
        name: "demo",
        origin: Point { x: 0, y: 0 },
        shapes: vec![Shape::Empty, Shape::Circle(0.5)],
        tag: Some('z'),
    };
    println!("{:?}", s);
    println!("[{:?}]", Some(Point { x: 3, y: 4 }));
}
