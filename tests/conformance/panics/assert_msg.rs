// assert_msg: assert! with a custom formatted message prints only that message.
fn main() {
    let xs = vec![2, 4, 6, 7, 8];
    for x in &xs {
        assert!(*x % 2 == 0, "{} is odd (found at value #{})", x, x / 2);
        println!("{} ok", x);
    }
}
