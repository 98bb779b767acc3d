// Every leaf of the nested `if` assigns.
fn main() {
    let a = 5;
    let b = 2;
    let r: i32;
    if a > 0 {
        if b > 3 {
            r = a;
        } else {
            r = b;
        }
    } else {
        r = 0;
    }
    println!("{}", r);
}
