// `x` is dropped when the function returns.
fn pick(v: &Vec<i32>) -> &i32 {
    let x = v.len() as i32;
    &x // ERROR: returns a reference to local `x`
}

fn main() {
    println!("{}", pick(&vec![1]));
}
