// A String assigned on one branch only, then moved.
fn main() {
    let flag = true;
    let s: String;
    if flag {
        s = String::from("y");
    } else {
        println!("no");
    }
    let t = s; // ERROR: `s` unassigned on the `else` branch
    println!("{}", t);
}
