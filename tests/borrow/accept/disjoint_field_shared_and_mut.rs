// `name` and `count` do not overlap.
struct Entry {
    name: String,
    count: i32,
}

fn main() {
    let mut e = Entry { name: String::from("a"), count: 0 };
    let n = &e.name;
    let c = &mut e.count;
    *c += n.len() as i32;
    println!("{} {}", n, e.count);
}
