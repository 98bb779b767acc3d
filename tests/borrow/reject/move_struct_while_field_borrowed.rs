// Moving the struct moves its borrowed field too.
struct Pair {
    a: String,
    b: String,
}

fn main() {
    let p = Pair { a: String::from("1"), b: String::from("2") };
    let ra = &p.a;
    let q = p; // ERROR: `p` moved while `p.a` is borrowed
    println!("{} {}", ra, q.b);
}
