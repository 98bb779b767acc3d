// `o.inner.a` and `o.inner.b` and `o.tag` are all distinct.
struct Inner {
    a: Vec<i32>,
    b: Vec<i32>,
}

struct Outer {
    inner: Inner,
    tag: i32,
}

fn main() {
    let mut o = Outer { inner: Inner { a: vec![1], b: vec![2] }, tag: 0 };
    let a = &mut o.inner.a;
    let b = &o.inner.b;
    let t = &mut o.tag;
    a.push(b[0]);
    *t += 1;
    println!("{} {}", o.inner.a.len(), o.tag);
}
