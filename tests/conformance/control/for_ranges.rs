// for_ranges: `for` over `a..b`, `a..=b`, empty ranges, reversed ranges and
// ranges with non-i32 element types.
fn main() {
    let mut s = 0;
    for i in 0..5 {
        s += i;
    }
    println!("{}", s);
    for i in 1..=3 {
        print!("{} ", i);
    }
    println!();
    for _ in 5..5 {
        println!("never");
    }
    for i in (0..4).rev() {
        print!("{} ", i);
    }
    println!();
    let n: u8 = 250;
    for b in n..=255 {
        print!("{} ", b);
    }
    println!();
    let lo: i64 = -3;
    for x in lo..0 {
        print!("{} ", x * x);
    }
    println!();
    let v = vec!['a', 'b', 'c'];
    for i in 0..v.len() {
        print!("{}{} ", i, v[i]);
    }
    println!();
    for c in 'a'..='e' {
        print!("{}", c);
    }
    println!();
}
