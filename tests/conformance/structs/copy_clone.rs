// copy_clone: a `#[derive(Copy, Clone)]` struct is copied on assignment and
// when passed; a Clone-only struct is moved unless `.clone()` is called.
#[derive(Copy, Clone, Debug, PartialEq)]
struct P {
    x: i32,
    y: i32,
}

#[derive(Clone, Debug)]
struct Named {
    name: String,
    tags: Vec<&'static str>,
}

fn shift(mut p: P) -> P {
    p.x += 100;
    p
}

fn main() {
    let a = P { x: 1, y: 2 };
    let mut b = a;
    b.x = 50;
    println!("{:?} {:?}", a, b);
    let c = shift(a);
    println!("{:?} {:?}", a, c);
    println!("{}", a == P { x: 1, y: 2 });
    let n1 = Named { name: String::from("first"), tags: vec!["t"] };
    let mut n2 = n1.clone();
    n2.name.push_str("-copy");
    n2.tags.push("u");
    println!("{:?}", n1);
    println!("{:?}", n2);
    let n3 = n2;
    println!("{}", n3.name);
    let arr = [a; 3];
    println!("{:?}", arr);
}
