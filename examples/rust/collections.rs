// Rust twin of examples/collections.grok.
use std::collections::HashMap as Map;

#[derive(Debug, Clone)]
struct Person {
    name: &'static str,
    age: u32,
}

fn main() {
    let mut v = vec![5, 3, 8, 1, 9, 2];
    v.push(7);
    println!("len = {}, first = {}, last = {}", v.len(), v[0], v[v.len() - 1]);

    let mut sum = 0;
    for x in &v {
        sum += *x;
    }
    println!("sum = {}", sum);

    for x in &mut v {
        *x *= 10;
    }
    v.sort();
    println!("sorted: {:?}", v);
    println!("contains 80? {}  contains 4? {}", v.contains(&80), v.contains(&4));
    if let Some(top) = v.pop() {
        println!("popped {}, {} left", top, v.len());
    }
    let zeros = vec![0; 4];
    println!("zeros: {:?}", zeros);

    let mut people = vec![
        Person { name: "Ada", age: 36 },
        Person { name: "Linus", age: 21 },
        Person { name: "Grace", age: 45 },
    ];
    people.sort_by_key(|p| p.age);
    for p in &people {
        println!("{:<6} {:>3}", p.name, p.age);
    }

    let mut ages: Map<&str, u32> = Map::new();
    for p in &people {
        ages.insert(p.name, p.age);
    }
    let who = "Grace";
    match ages.get(&who) {
        Some(age) => println!("{} is {}", who, age),
        None => println!("{} is unknown", who),
    }
    let gone = "Linus";
    println!("has {}? {}", gone, ages.contains_key(&gone));
    ages.remove(&gone);
    println!("has {} after remove? {}", gone, ages.contains_key(&gone));

    let mut names: Vec<&str> = Vec::new();
    for (name, _) in &ages {
        names.push(*name);
    }
    names.sort();
    println!("{} names: {:?}", ages.len(), names);
}
