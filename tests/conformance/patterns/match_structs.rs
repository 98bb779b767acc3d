// match_structs: struct patterns with field bindings, literal fields,
// renamed fields `x: px`, and `..` for the rest.
struct Point {
    x: i32,
    y: i32,
}

struct Rect {
    top_left: Point,
    w: u32,
    h: u32,
}

fn where_is(p: &Point) -> String {
    match p {
        Point { x: 0, y: 0 } => String::from("origin"),
        Point { x: 0, y } => format!("on y axis at {}", y),
        Point { x: px, y: 0 } => format!("on x axis at {}", px),
        Point { x, .. } if *x < 0 => String::from("left half"),
        Point { .. } => String::from("right half"),
    }
}

fn main() {
    let pts = vec![Point { x: 0, y: 0 }, Point { x: 0, y: 5 }, Point { x: -3, y: 0 },
        Point { x: -1, y: 2 }, Point { x: 4, y: 4 }];
    for p in &pts {
        println!("({}, {}): {}", p.x, p.y, where_is(p));
    }
    let r = Rect { top_left: Point { x: 1, y: 2 }, w: 3, h: 4 };
    let Rect { top_left: Point { x, y }, w, h } = r;
    println!("{} {} {} {}", x, y, w, h);
    let sq = Rect { top_left: Point { x: 0, y: 0 }, w: 5, h: 5 };
    match sq {
        Rect { w, h, .. } if w == h => println!("square of side {}", w),
        Rect { .. } => println!("not a square"),
    }
}
