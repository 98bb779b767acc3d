// mul_u16: repeated doubling of a u16 with `*` stops at the last power of
// two that fits; one more doubling panics with "attempt to multiply with overflow".
fn double(x: u16) -> u16 {
    x * 2
}

fn main() {
    let mut x: u16 = 1;
    let mut k = 0;
    loop {
        x = double(x);
        k += 1;
        println!("2^{} = {}", k, x);
    }
}
