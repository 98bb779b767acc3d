// inline_mods: `mod name { ... }` with pub and private items, nested
// modules, paths `a::b::f`, and `use` with braces and `as`.
mod geometry {
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }

    pub fn manhattan(a: &Point, b: &Point) -> i32 {
        abs(a.x - b.x) + abs(a.y - b.y)
    }

    fn abs(v: i32) -> i32 {
        if v < 0 { -v } else { v }
    }

    pub mod shapes {
        pub fn square_area(side: i32) -> i32 {
            side * side
        }
        pub const SIDES: u32 = 4;
    }
}

use geometry::shapes::{square_area, SIDES as SQUARE_SIDES};
use geometry::Point;

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = geometry::Point { x: -3, y: 5 };
    println!("{}", geometry::manhattan(&a, &b));
    println!("{}", square_area(7));
    println!("{}", geometry::shapes::square_area(2));
    println!("{}", SQUARE_SIDES);
}
