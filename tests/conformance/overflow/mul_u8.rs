// mul_u8: repeated doubling of a u8 with `*` stops at the last power of
// two that fits; one more doubling panics with "attempt to multiply with overflow".
fn double(x: u8) -> u8 {
    x * 2
}

fn main() {
    let mut x: u8 = 1;
    let mut k = 0;
    loop {
        x = double(x);
        k += 1;
        println!("2^{} = {}", k, x);
    }
}
