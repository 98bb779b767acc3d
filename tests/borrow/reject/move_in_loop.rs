// Moving a value inside a loop: the second iteration uses a moved value.
fn take(s: String) {
    println!("{}", s);
}

fn main() {
    let s = String::from("hi");
    for _i in 0..3 {
        take(s); // ERROR: moved in the previous iteration of the loop
    }
}
