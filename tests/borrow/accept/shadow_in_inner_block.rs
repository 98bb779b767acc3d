// The inner `s` is a different variable that is moved.
fn main() {
    let s = String::from("outer");
    {
        let s = String::from("inner");
        let t = s;
        println!("{}", t);
    }
    println!("{}", s);
}
