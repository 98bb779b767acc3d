// moves: moving a String or Vec transfers ownership; clone makes an
// independent copy; moving out of a Vec by index is replaced by remove or
// clone; Option::take moves out leaving None.
fn takes(s: String) -> usize {
    s.len()
}

fn gives() -> String {
    String::from("fresh")
}

fn main() {
    let a = String::from("moved");
    let b = a;
    println!("{}", b);
    let c = b.clone();
    let n = takes(b);
    println!("{} {}", n, c);
    let d = gives();
    println!("{}", d);
    let mut v = vec![String::from("x"), String::from("y"), String::from("z")];
    let first = v.remove(0);
    let copy = v[0].clone();
    println!("{} {} {:?}", first, copy, v);
    let mut slot = Some(String::from("inside"));
    let out = slot.take();
    println!("{:?} {:?}", out, slot);
    let pair = (String::from("l"), String::from("r"));
    let (l, r) = pair;
    println!("{}{}", l, r);
}
