// Conditionally returning a borrow, then mutating on the other path.
struct S {
    a: i32,
}

fn get(s: &mut S) -> &mut i32 {
    let r = &mut s.a;
    if *r > 0 {
        return r;
    }
    s.a = 1; // NLL rejects here
    &mut s.a
}

fn main() {
    let mut s = S { a: 0 };
    *get(&mut s) += 1;
    println!("{}", s.a);
}
