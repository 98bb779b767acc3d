// The same field moved out twice.
struct Pair {
    a: String,
    b: String,
}

fn main() {
    let p = Pair { a: String::from("1"), b: String::from("2") };
    let x = p.a;
    let y = p.a; // ERROR: `p.a` was already moved into `x`
    println!("{} {} {}", x, y, p.b);
}
