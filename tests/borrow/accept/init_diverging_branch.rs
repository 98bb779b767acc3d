// A path that returns never reaches the read.
fn pick(k: i32) -> i32 {
    let out: i32;
    if k < 0 {
        return 0;
    } else {
        out = k * 2;
    }
    out
}

fn main() {
    println!("{}", pick(4));
}
