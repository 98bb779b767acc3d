// Writing `p.y` leaves the borrow of `p.x` intact.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 1, y: 2 };
    let rx = &p.x;
    p.y = 10;
    println!("{} {}", rx, p.y);
}
