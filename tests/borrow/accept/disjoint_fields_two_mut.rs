// Different fields are different places.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let a = &mut p.x;
    let b = &mut p.y;
    *a += *b;
    *b += 1;
    println!("{} {}", p.x, p.y);
}
