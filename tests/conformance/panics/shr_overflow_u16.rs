// shr_overflow_u16: logical right shift of a u16; a shift of 16 panics with
// "attempt to shift right with overflow".
fn main() {
    let x: u16 = 0x8001;
    for s in 0..20 {
        let y = x >> s;
        println!("{:#06x} >> {} = {:#06x}", x, s, y);
    }
}
