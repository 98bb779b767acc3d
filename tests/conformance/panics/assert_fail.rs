// assert_fail: a failing assert! prints "assertion failed: " and the
// condition's source text, "assertion failed: total < 10".
fn main() {
    let mut total = 0;
    for i in 1..=5 {
        total += i;
        println!("total = {}", total);
        assert!(total < 10);
    }
}
