// Every path assigns before the read.
fn main() {
    let n = 3;
    let x: i32;
    if n > 2 {
        x = 1;
    } else {
        x = 2;
    }
    println!("{}", x);
}
