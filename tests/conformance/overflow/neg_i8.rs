// neg_i8: negation of a i8 is exact for every value but i8::MIN;
// -MIN panics with "attempt to negate with overflow".
fn neg(x: i8) -> i8 {
    -x
}

fn main() {
    println!("{}", neg(5));
    println!("{}", neg(-5));
    println!("{}", neg(0));
    println!("{}", neg(i8::MAX));
    println!("{}", neg(neg(i8::MAX)));
    println!("{}", -(i8::MIN + 1));
    let m = i8::MIN;
    println!("about to negate {}", m);
    println!("{}", neg(m));
}
