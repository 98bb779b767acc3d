// The closure captures only `p.x`, so `p.y` can be borrowed meanwhile.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 0, y: 0 };
    let mut shift = || p.x += 1;
    let ry = &mut p.y;
    shift();
    *ry += 1;
    println!("{} {}", p.x, p.y);
}
