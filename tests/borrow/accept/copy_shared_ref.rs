// Copying a shared reference does not move anything.
fn total(v: &Vec<i32>) -> i32 {
    let mut s = 0;
    for x in v {
        s += *x;
    }
    s
}

fn main() {
    let v = vec![1, 2];
    let r = &v;
    let a = total(r);
    let b = total(r);
    println!("{} {} {}", a, b, r.len());
}
