// The struct is assigned after the read.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p: Point;
    let sum = p.x; // ERROR: `p` is not assigned yet
    p = Point { x: 1, y: 2 };
    println!("{} {}", sum, p.y);
}
