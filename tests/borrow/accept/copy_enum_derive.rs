// Deriving Copy on an enum.
#[derive(Copy, Clone, Debug, PartialEq)]
enum Dir {
    Up,
    Down,
}

fn flip(d: Dir) -> Dir {
    if d == Dir::Up { Dir::Down } else { Dir::Up }
}

fn main() {
    let d = Dir::Up;
    let e = flip(d);
    println!("{:?} {:?}", d, e);
}
