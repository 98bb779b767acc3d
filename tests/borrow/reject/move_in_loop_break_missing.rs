// The move happens in a loop; the `break` comes after it only on some
// iterations, so the next iteration may use the moved value.
fn main() {
    let s = String::from("x");
    let mut out: Vec<String> = Vec::new();
    let mut n = 0;
    loop {
        out.push(s); // ERROR: moved in the previous iteration of the loop
        n += 1;
        if n > 2 {
            break;
        }
    }
    println!("{}", out.len());
}
