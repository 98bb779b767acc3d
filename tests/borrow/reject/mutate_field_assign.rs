// `r` borrows `p.x`; assigning to `p.x` invalidates it.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 0, y: 0 };
    let r = &p.x;
    p.x = 3; // ERROR: `p.x` assigned while borrowed
    println!("{} {}", r, p.y);
}
