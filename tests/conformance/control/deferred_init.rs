// deferred_init: `let x;` without an initializer, assigned exactly once on
// every path before use.
fn main() {
    let x;
    let n = 7;
    if n > 5 {
        x = "big";
    } else {
        x = "small";
    }
    println!("{}", x);
    let y: i32;
    y = n * 3;
    println!("{}", y);
    let z: u8;
    match n % 3 {
        0 => z = 0,
        1 => z = 10,
        _ => z = 20,
    }
    println!("{}", z);
    let label: String;
    loop {
        label = format!("n={}", n);
        break;
    }
    println!("{}", label);
}
