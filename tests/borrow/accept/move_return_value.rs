// Ownership flows out through the return value.
fn build() -> Vec<i32> {
    let v = vec![1, 2];
    v
}

fn main() {
    let v = build();
    let w = v;
    println!("{}", w.len());
}
