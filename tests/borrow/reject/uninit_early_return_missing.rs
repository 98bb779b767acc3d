// The early `return` covers one case; the other falls through unassigned.
fn pick(k: i32) -> i32 {
    let out: i32;
    if k < 0 {
        return 0;
    } else if k > 10 {
        out = 10;
    }
    out // ERROR: unassigned when 0 <= k <= 10
}

fn main() {
    println!("{}", pick(5));
}
