// `w.items.push(w.items.len())`: the reservation on `w.items` allows the shared read.
struct Wrapper {
    items: Vec<usize>,
}

fn main() {
    let mut w = Wrapper { items: Vec::new() };
    w.items.push(w.items.len());
    w.items.push(w.items.len());
    println!("{:?}", w.items);
}
