// `found` holds a reference to `v` past `v`'s scope.
fn main() {
    let mut found: Option<&Vec<i32>> = None;
    {
        let v = vec![1, 2];
        if v.len() > 1 {
            found = Some(&v); // ERROR: `v` does not live long enough
        }
    }
    println!("{:?}", found);
}
