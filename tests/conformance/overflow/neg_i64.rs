// neg_i64: negation of a i64 is exact for every value but i64::MIN;
// -MIN panics with "attempt to negate with overflow".
fn neg(x: i64) -> i64 {
    -x
}

fn main() {
    println!("{}", neg(5));
    println!("{}", neg(-5));
    println!("{}", neg(0));
    println!("{}", neg(i64::MAX));
    println!("{}", neg(neg(i64::MAX)));
    println!("{}", -(i64::MIN + 1));
    let m = i64::MIN;
    println!("about to negate {}", m);
    println!("{}", neg(m));
}
