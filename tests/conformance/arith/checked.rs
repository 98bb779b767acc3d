// checked: checked_add/sub/mul return Some(result) or None on overflow.
fn main() {
    println!("{:?}", 200u8.checked_add(55));
    println!("{:?}", 200u8.checked_add(56));
    println!("{:?}", 3u16.checked_sub(4));
    println!("{:?}", 300u16.checked_mul(200));
    println!("{:?}", i8::MIN.checked_sub(1));
    println!("{:?}", i8::MIN.checked_add(-1));
    println!("{:?}", (-64i8).checked_mul(2));
    println!("{:?}", (-64i8).checked_mul(-2));
    println!("{:?}", i32::MAX.checked_add(1));
    println!("{:?}", i64::MAX.checked_mul(1));
    println!("{:?}", u64::MAX.checked_add(0));
    let mut f: u32 = 1;
    let mut n: u32 = 1;
    loop {
        match f.checked_mul(n) {
            Some(next) => f = next,
            None => break,
        }
        n += 1;
    }
    println!("largest factorial in u32: {}! = {}", n - 1, f);
}
