// A `&mut` of one field and a `&` of the whole struct overlap.
struct Point {
    x: i32,
    y: i32,
}

fn norm1(p: &Point) -> i32 {
    p.x + p.y
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let px = &mut p.x;
    let n = norm1(&p); // ERROR: `p` borrowed while `p.x` is borrowed mutably
    *px = n;
}
