// str_copy: `str` is a Copy value: assigning or passing one leaves the
// original usable; str values live in structs and Vecs with no lifetimes.
#[derive(Debug, Clone, Copy)]
struct Label {
    text: &'static str,
    weight: u8,
}

fn longer(a: &'static str, b: &'static str) -> &'static str {
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let a = "alpha";
    let b = a;
    println!("{} {}", a, b);
    let l1 = Label { text: a, weight: 1 };
    let l2 = l1;
    println!("{:?} {:?}", l1, l2);
    let mut v: Vec<&'static str> = Vec::new();
    v.push(a);
    v.push("beta");
    v.push(a);
    println!("{:?}", v);
    let w = longer(v[0], v[1]);
    println!("{} {}", w, v.len());
    let copy = v[1];
    v[1] = "gamma";
    println!("{} {}", copy, v[1]);
}
