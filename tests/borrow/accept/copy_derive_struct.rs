// `#[derive(Copy, Clone)]` makes moves into copies.
#[derive(Copy, Clone, Debug)]
struct Point {
    x: i32,
    y: i32,
}

fn take(p: Point) -> i32 {
    p.x + p.y
}

fn main() {
    let p = Point { x: 1, y: 2 };
    let s = take(p);
    let q = p;
    println!("{} {:?} {:?}", s, p, q);
}
