// mul_u32: repeated doubling of a u32 with `*` stops at the last power of
// two that fits; one more doubling panics with "attempt to multiply with overflow".
fn double(x: u32) -> u32 {
    x * 2
}

fn main() {
    let mut x: u32 = 1;
    let mut k = 0;
    loop {
        x = double(x);
        k += 1;
        println!("2^{} = {}", k, x);
    }
}
