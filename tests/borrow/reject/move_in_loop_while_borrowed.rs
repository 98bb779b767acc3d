// `r` is used after the loop; the break-moving branch is a move while borrowed.
fn main() {
    let s = String::from("k");
    let r = &s;
    let mut out = Vec::new();
    for i in 0..3 {
        if i == 2 {
            out.push(s); // ERROR: `s` moved while borrowed by `r`
            break;
        }
    }
    println!("{} {}", r, out.len());
}
