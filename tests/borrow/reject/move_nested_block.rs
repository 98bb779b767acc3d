// A move inside a nested block is still a move when the block ends.
fn main() {
    let s = String::from("n");
    {
        let inner = s;
        println!("{}", inner);
    }
    println!("{}", s); // ERROR: `s` moved in the inner block
}
