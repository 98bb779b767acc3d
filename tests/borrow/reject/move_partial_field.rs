// Moving one field out of a struct makes the whole struct unusable.
struct Person {
    name: String,
    age: u32,
}

fn show(p: Person) {
    println!("{} {}", p.name, p.age);
}

fn main() {
    let p = Person { name: String::from("ann"), age: 3 };
    let n = p.name;
    println!("{}", n);
    show(p); // ERROR: `p.name` was moved
}
