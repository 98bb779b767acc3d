// string_ordering: comparing and sorting Strings and strs (byte order),
// dedup of a sorted Vec, and max/min of strings.
fn main() {
    let mut names = vec![String::from("bob"), String::from("Alice"), String::from("carol"),
        String::from("alice"), String::from("bob")];
    names.sort();
    println!("{:?}", names);
    names.dedup();
    println!("{:?}", names);
    println!("{}", String::from("abc") < String::from("abd"));
    println!("{}", "Zebra" < "apple");
    println!("{:?}", "b".cmp("a"));
    let mut strs = vec!["pear", "fig", "apple"];
    strs.sort();
    println!("{:?}", strs);
    strs.reverse();
    println!("{:?}", strs);
    println!("{:?}", strs.iter().max());
}
