// `p` is dropped at the end of the block, taking `p.name` with it.
struct Person {
    name: String,
}

fn main() {
    let n;
    {
        let p = Person { name: String::from("x") };
        n = &p.name; // ERROR: `p.name` does not live long enough
    }
    println!("{}", n);
}
