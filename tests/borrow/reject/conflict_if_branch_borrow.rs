// On the `then` branch `r` points into `a`, so `a` stays borrowed.
fn main() {
    let mut a = vec![1];
    let b = vec![2];
    let r = if a.len() > 0 { &a } else { &b };
    a.push(5); // ERROR: `a` may be borrowed by `r`
    println!("{}", r.len());
}
