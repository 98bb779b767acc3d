// The pattern splits one `&mut` into two disjoint ones.
struct Pair {
    a: Vec<i32>,
    b: Vec<i32>,
}

fn main() {
    let mut p = Pair { a: vec![1], b: Vec::new() };
    let Pair { a, b } = &mut p;
    b.push(a[0]);
    a.push(2);
    println!("{} {}", p.a.len(), p.b.len());
}
