// `cur` is a local of the loop body.
fn first_big(v: &Vec<i32>) -> &i32 {
    for x in v {
        let cur = *x * 2;
        if cur > 4 {
            return &cur; // ERROR: returns a reference to local `cur`
        }
    }
    &v[0]
}

fn main() {
    println!("{}", first_big(&vec![1, 3]));
}
