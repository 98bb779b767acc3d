// The referent belongs to the caller.
struct Point {
    x: i32,
    y: i32,
}

fn xref(p: &Point) -> &i32 {
    if p.x > p.y { &p.x } else { &p.y }
}

fn main() {
    let p = Point { x: 1, y: 2 };
    println!("{}", xref(&p));
}
