// match_refs: matching through references: `&v` elements, `ref`-free
// binding modes (a binding through & is a reference), and `*` to copy out.
fn main() {
    let v = vec![1, 5, 10, 15];
    let mut small = 0;
    let mut big = 0;
    for x in &v {
        match x {
            1..=5 => small += 1,
            _ => big += *x,
        }
    }
    println!("{} {}", small, big);
    let names = vec![String::from("ann"), String::from("bob")];
    for n in &names {
        match n.as_str() {
            "ann" => println!("found ann"),
            other => println!("other {}", other),
        }
    }
    let opt = Some(String::from("inner"));
    match &opt {
        Some(s) => println!("borrowed {} (len {})", s, s.len()),
        None => println!("none"),
    }
    println!("still usable: {:?}", opt);
    let mut pair = (1, 2);
    {
        let (a, b) = &mut pair;
        *a += 10;
        *b *= 3;
    }
    println!("{:?}", pair);
}
