// compound_assign: every compound assignment operator, on locals, fields and
// vector elements.
struct Acc {
    v: i64,
}

fn main() {
    let mut x = 100;
    x += 5;
    println!("{}", x);
    x -= 10;
    println!("{}", x);
    x *= 3;
    println!("{}", x);
    x /= 7;
    println!("{}", x);
    x %= 11;
    println!("{}", x);
    x <<= 4;
    println!("{}", x);
    x >>= 2;
    println!("{}", x);
    x &= 0b1011;
    println!("{}", x);
    x |= 0b0100;
    println!("{}", x);
    x ^= 0b1111;
    println!("{}", x);
    let mut acc = Acc { v: 1 };
    acc.v += 41;
    acc.v *= 2;
    println!("{}", acc.v);
    let mut v = vec![1, 2, 3];
    v[1] += 10;
    v[2] *= v[1];
    println!("{:?}", v);
}
