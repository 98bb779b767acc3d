// neg_isize: negation of a isize is exact for every value but isize::MIN;
// -MIN panics with "attempt to negate with overflow".
fn neg(x: isize) -> isize {
    -x
}

fn main() {
    println!("{}", neg(5));
    println!("{}", neg(-5));
    println!("{}", neg(0));
    println!("{}", neg(isize::MAX));
    println!("{}", neg(neg(isize::MAX)));
    println!("{}", -(isize::MIN + 1));
    let m = isize::MIN;
    println!("about to negate {}", m);
    println!("{}", neg(m));
}
