// Closures capture the field `p.x` (disjoint capture), which `r` also borrows.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let mut p = Point { x: 0, y: 0 };
    let mut shift = || p.x += 1;
    let r = &p.x; // ERROR: `p.x` borrowed while the closure mutably captures it
    shift();
    println!("{} {}", r, p.y);
}
