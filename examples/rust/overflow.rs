// Rust twin of examples/overflow.grok.
fn factorial_checked(n: u32) -> Option<u32> {
    let mut acc: u32 = 1;
    for i in 1..=n {
        acc = acc.checked_mul(i)?;
    }
    Some(acc)
}

fn fnv1a(text: &str) -> u32 {
    let mut h: u32 = 2166136261;
    for b in text.bytes() {
        h = (h ^ b as u32).wrapping_mul(16777619);
    }
    h
}

fn main() {
    let x: u8 = 250;
    println!("u8 250 wrapping_add 10   = {}", x.wrapping_add(10));
    println!("u8 250 checked_add 10    = {:?}", x.checked_add(10));
    println!("u8 250 checked_add 5     = {:?}", x.checked_add(5));
    println!("u8 250 saturating_add 10 = {}", x.saturating_add(10));

    let low: i8 = -128;
    println!("i8 -128 wrapping_sub 1   = {}", low.wrapping_sub(1));
    println!("i8 -128 saturating_sub 1 = {}", low.saturating_sub(1));
    println!("i8 -128 checked_mul -1   = {:?}", low.checked_mul(-1));

    let max: i32 = 2147483647;
    println!("i32 max wrapping_add 1   = {}", max.wrapping_add(1));
    println!("i32 max checked_sub 1    = {:?}", max.checked_sub(1));

    for n in 10..=14 {
        match factorial_checked(n) {
            Some(f) => println!("{}! = {}", n, f),
            None => println!("{}! overflows u32", n),
        }
    }

    let big: i32 = 300;
    let minus_one: i32 = -1;
    let pi: f64 = 3.99;
    println!("300 as u8 = {}", big as u8);
    println!("-1 as u32 = {}", minus_one as u32);
    println!("-1 as i64 = {}", minus_one as i64);
    println!("3.99 as i32 = {}", pi as i32);
    println!("'A' as u32 = {}", 'A' as u32);
    println!("97u8 as char = {}", 97u8 as char);

    println!("fnv1a(\"grok\") = {:#x}", fnv1a("grok"));
    println!("fnv1a(\"\") = {}", fnv1a(""));
}
