// Deferred initialisation of an owned value.
fn main() {
    let flag = true;
    let s: String;
    if flag {
        s = String::from("y");
    } else {
        s = String::from("n");
    }
    println!("{}", s);
}
