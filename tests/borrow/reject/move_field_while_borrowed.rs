// `r` borrows `p.name`; moving `p.name` out is rejected.
struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("bo"), age: 1 };
    let r = &p.name;
    let n = p.name; // ERROR: `p.name` moved while borrowed
    println!("{} {} {}", r, n, p.age);
}
