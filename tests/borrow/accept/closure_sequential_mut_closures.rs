// The first closure is dead when the second is created.
fn main() {
    let mut count = 0;
    let mut a = || count += 1;
    a();
    let mut b = || count += 2;
    b();
    println!("{}", count);
}
