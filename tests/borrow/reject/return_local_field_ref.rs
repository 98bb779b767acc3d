// `p` is a local; `&p.x` dies with it.
struct Point {
    x: i32,
    y: i32,
}

fn xref(q: &Point) -> &i32 {
    let p = Point { x: q.x + 1, y: q.y };
    &p.x // ERROR: returns a reference to data owned by the function
}

fn main() {
    let q = Point { x: 1, y: 2 };
    println!("{}", xref(&q));
}
