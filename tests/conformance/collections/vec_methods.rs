// vec_methods: push, pop, len, is_empty, insert, remove, contains, first,
// last, truncate, extend, clear, swap, reverse, and indexing.
fn main() {
    let mut v: Vec<i32> = Vec::new();
    println!("{} {}", v.len(), v.is_empty());
    v.push(10);
    v.push(20);
    v.push(30);
    v.insert(1, 15);
    v.insert(0, 5);
    println!("{:?}", v);
    let removed = v.remove(2);
    println!("removed {} -> {:?}", removed, v);
    println!("{} {}", v.contains(&20), v.contains(&15));
    println!("{:?} {:?}", v.first(), v.last());
    v.swap(0, 3);
    println!("{:?}", v);
    v.reverse();
    println!("{:?}", v);
    v.extend(vec![1, 2, 3]);
    println!("{:?}", v);
    v.truncate(2);
    println!("{:?}", v);
    println!("{:?} {:?} {:?}", v.pop(), v.pop(), v.pop());
    v.push(99);
    v.clear();
    println!("{:?} {}", v, v.len());
}
