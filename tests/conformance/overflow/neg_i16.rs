// neg_i16: negation of a i16 is exact for every value but i16::MIN;
// -MIN panics with "attempt to negate with overflow".
fn neg(x: i16) -> i16 {
    -x
}

fn main() {
    println!("{}", neg(5));
    println!("{}", neg(-5));
    println!("{}", neg(0));
    println!("{}", neg(i16::MAX));
    println!("{}", neg(neg(i16::MAX)));
    println!("{}", -(i16::MIN + 1));
    let m = i16::MIN;
    println!("about to negate {}", m);
    println!("{}", neg(m));
}
