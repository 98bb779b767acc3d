// captures: a closure borrows what it reads, mutably borrows what it
// changes, and `move` takes ownership; the original is usable again once
// a borrowing closure's last use is over.
fn main() {
    let base = 10;
    let add = |x: i32| x + base;
    println!("{} {}", add(1), add(2));
    println!("base still {}", base);
    let mut count = 0;
    let mut inc = || {
        count += 1;
        count * 100
    };
    println!("{}", inc());
    println!("{}", inc());
    println!("count {}", count);
    let names = vec![String::from("a"), String::from("b")];
    let show = move || format!("{} names, first {}", names.len(), names[0]);
    println!("{}", show());
    println!("{}", show());
    let mut log: Vec<String> = Vec::new();
    let mut record = |s: &str| log.push(s.to_string());
    record("one");
    record("two");
    println!("{:?}", log);
    let k = 3;
    let scale = move |v: i32| v * k;
    println!("{} {}", scale(5), k);
}
