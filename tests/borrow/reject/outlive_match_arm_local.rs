// `tmp` lives only inside the arm.
fn main() {
    let k = 2;
    let r: &i32;
    match k {
        2 => {
            let tmp = k * 10;
            r = &tmp; // ERROR: `tmp` does not live long enough
        }
        _ => {
            r = &k;
        }
    }
    println!("{}", r);
}
