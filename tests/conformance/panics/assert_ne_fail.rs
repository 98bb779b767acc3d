// assert_ne_fail: a failing assert_ne! with a message:
// "assertion `left != right` failed: names must differ".
fn main() {
    let a = "alice";
    let b = "bob";
    assert_ne!(a, b, "names must differ");
    println!("{} != {}", a, b);
    let c = "alice";
    assert_ne!(a, c, "names must differ");
    println!("not reached");
}
