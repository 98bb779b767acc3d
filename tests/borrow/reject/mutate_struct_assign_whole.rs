// Replacing the struct replaces the borrowed field.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 0, y: 0 };
    let r = &p.y;
    p = Point { x: 1, y: 1 }; // ERROR: `p` assigned while `p.y` is borrowed
    println!("{} {}", r, p.x);
}
