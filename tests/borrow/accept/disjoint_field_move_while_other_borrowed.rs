// `p.a` moves; the borrow is of `p.b`.
struct Pair {
    a: String,
    b: String,
}

fn main() {
    let p = Pair { a: String::from("1"), b: String::from("2") };
    let rb = &p.b;
    let a = p.a;
    println!("{} {}", a, rb);
}
