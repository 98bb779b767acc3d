// int_extend: widening casts sign-extend from signed sources and
// zero-extend from unsigned ones; same-width casts reinterpret the bits.
fn main() {
    let a: i8 = -1;
    println!("{}", a as i32);
    println!("{}", a as u32);
    println!("{}", a as u64);
    println!("{}", a as u8);
    let b: u8 = 200;
    println!("{}", b as i32);
    println!("{}", b as i8);
    println!("{}", b as i64);
    let c: i32 = i32::MIN;
    println!("{}", c as i64);
    println!("{}", c as u32);
    println!("{}", c as u64);
    let d: u32 = u32::MAX;
    println!("{}", d as i32);
    println!("{}", d as i64);
    println!("{}", -5isize as usize == usize::MAX - 4);
    println!("{}", (-2i16) as u16 as i32);
}
