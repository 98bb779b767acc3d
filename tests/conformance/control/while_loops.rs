// while_loops: `while` with a condition evaluated before every iteration,
// nested whiles, and a while that never runs.
fn gcd(a: u64, b: u64) -> u64 {
    let mut a = a;
    let mut b = b;
    while b != 0 {
        let t = a % b;
        a = b;
        b = t;
    }
    a
}

fn main() {
    println!("{}", gcd(1071, 462));
    println!("{}", gcd(17, 5));
    let mut i = 10;
    while i < 5 {
        println!("never");
        i += 1;
    }
    let mut row = 1;
    while row <= 4 {
        let mut line = String::new();
        let mut col = 1;
        while col <= row {
            line.push('*');
            col += 1;
        }
        println!("{}", line);
        row += 1;
    }
    let mut bits = 0;
    let mut x: u32 = 1000;
    while x > 0 {
        bits += 1;
        x >>= 1;
    }
    println!("1000 needs {} bits", bits);
}
