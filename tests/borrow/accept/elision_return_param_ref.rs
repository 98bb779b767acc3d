// The result borrows from `v`, which outlives the use.
fn first(v: &Vec<String>) -> &String {
    &v[0]
}

fn main() {
    let v = vec![String::from("a")];
    let f = first(&v);
    println!("{} {}", f, v.len());
}
