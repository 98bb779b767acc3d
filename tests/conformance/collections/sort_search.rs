// sort_search: sort, sort on floats by comparator, dedup, binary_search,
// contains, min/max via iterators, and sorting a Vec of tuples.
fn main() {
    let mut v = vec![5, 3, 9, 3, 1, 9, 7];
    v.sort();
    println!("{:?}", v);
    v.dedup();
    println!("{:?}", v);
    println!("{:?} {:?}", v.binary_search(&7), v.binary_search(&4));
    let mut f = vec![2.5, -1.0, 9.75, 0.0];
    f.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", f);
    let mut t = vec![(2, "b"), (1, "z"), (2, "a"), (1, "y")];
    t.sort();
    println!("{:?}", t);
    let mut desc = vec![4, 8, 1];
    desc.sort_by(|a, b| b.cmp(a));
    println!("{:?}", desc);
    println!("{:?} {:?}", v.iter().min(), v.iter().max());
}
