// debug_values: `{:?}` of strings and chars (quoted, escaped), Vec, Option,
// Result, tuples, unit, bools and nested collections.
fn main() {
    println!("{:?}", "hi \"there\"\n");
    println!("{:?}", 'a');
    println!("{:?}", '\'');
    println!("{:?}", '\n');
    println!("{:?}", "tab\there");
    println!("{:?}", vec![1, 2, 3]);
    let empty: Vec<i32> = Vec::new();
    println!("{:?}", empty);
    println!("{:?}", vec!["a", "b"]);
    println!("{:?}", Some(5));
    let none: Option<i32> = None;
    println!("{:?}", none);
    let ok: Result<i32, &'static str> = Ok(3);
    let err: Result<i32, &'static str> = Err("bad");
    println!("{:?} {:?}", ok, err);
    println!("{:?}", (1, "two", 3.0, '4', true));
    println!("{:?}", ());
    println!("{:?}", vec![vec![1], vec![], vec![2, 3]]);
    println!("{:?}", [Some(1), None]);
    println!("{:?}", String::from("owned"));
    println!("{:?}", (5,));
}
