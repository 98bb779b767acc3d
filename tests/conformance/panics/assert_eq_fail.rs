// assert_eq_fail: a failing assert_eq! starts its message with
// "assertion `left == right` failed" and shows both values with {:?}.
fn square(x: i32) -> i32 {
    x * x
}

fn main() {
    assert_eq!(square(3), 9);
    println!("square(3) ok");
    assert_eq!(square(-4), 16, "negative input");
    println!("square(-4) ok");
    assert_eq!(square(5), 24);
    println!("not reached");
}
