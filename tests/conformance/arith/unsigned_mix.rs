// unsigned_mix: usize arithmetic with lengths and indices, u8 byte math,
// and conversions needed to mix widths (no implicit widening).
fn average(v: &Vec<u32>) -> u32 {
    let mut sum: u64 = 0;
    for x in v {
        sum += *x as u64;
    }
    (sum / v.len() as u64) as u32
}

fn main() {
    let v: Vec<u32> = vec![4_000_000_000, 4_000_000_000, 1];
    println!("average = {}", average(&v));
    let bytes: Vec<u8> = vec![72, 105, 33];
    let mut total: u32 = 0;
    for b in &bytes {
        total += *b as u32;
    }
    println!("byte sum = {}", total);
    let n: usize = v.len();
    let mid = n / 2;
    println!("mid index {} holds {}", mid, v[mid]);
    let back = n - 1 - mid;
    println!("back = {}", back);
    let d: u8 = ('a' as u8) - ('A' as u8);
    println!("case distance = {}", d);
}
