// option_methods: Option's common methods: is_some/is_none, unwrap_or,
// unwrap_or_else, map, and_then, or, filter, take, replace, ok_or.
fn half(x: i32) -> Option<i32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

fn main() {
    let a = Some(8);
    let b: Option<i32> = None;
    println!("{} {} {} {}", a.is_some(), a.is_none(), b.is_some(), b.is_none());
    println!("{} {}", a.unwrap_or(0), b.unwrap_or(0));
    println!("{}", b.unwrap_or_else(|| 7 * 6));
    println!("{:?} {:?}", a.map(|x| x + 1), b.map(|x| x + 1));
    println!("{:?}", a.and_then(half).and_then(half));
    println!("{:?}", Some(6).and_then(half).and_then(half));
    println!("{:?} {:?}", b.or(Some(1)), a.or(Some(1)));
    println!("{:?}", a.filter(|x| *x > 10));
    let mut slot = Some(3);
    let taken = slot.take();
    println!("{:?} {:?}", taken, slot);
    let old = slot.replace(9);
    println!("{:?} {:?}", old, slot);
    let r: Result<i32, &'static str> = b.ok_or("missing");
    println!("{:?}", r);
    println!("{}", a.map_or(0, |x| x * 10));
}
