// `inner` is dead when `outer` is used.
fn main() {
    let mut x = 0;
    let outer = &mut x;
    let inner = &mut *outer;
    *inner += 1;
    *outer += 1;
    println!("{}", x);
}
