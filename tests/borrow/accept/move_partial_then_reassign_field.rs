// Re-initialising the moved field makes `p` usable again.
struct Pair {
    a: String,
    b: String,
}

fn show(p: Pair) {
    println!("{} {}", p.a, p.b);
}

fn main() {
    let mut p = Pair { a: String::from("1"), b: String::from("2") };
    let x = p.a;
    p.a = String::from("3");
    show(p);
    println!("{}", x);
}
