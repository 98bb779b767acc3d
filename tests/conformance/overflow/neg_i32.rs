// neg_i32: negation of a i32 is exact for every value but i32::MIN;
// -MIN panics with "attempt to negate with overflow".
fn neg(x: i32) -> i32 {
    -x
}

fn main() {
    println!("{}", neg(5));
    println!("{}", neg(-5));
    println!("{}", neg(0));
    println!("{}", neg(i32::MAX));
    println!("{}", neg(neg(i32::MAX)));
    println!("{}", -(i32::MIN + 1));
    let m = i32::MIN;
    println!("about to negate {}", m);
    println!("{}", neg(m));
}
