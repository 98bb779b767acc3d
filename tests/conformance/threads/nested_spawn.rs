// nested_spawn: a spawned thread spawns its own workers and joins them;
// the outer join returns the combined result.
use std::thread;

fn main() {
    let outer = thread::spawn(move || {
        let mut hs = Vec::new();
        for i in 1..=4 {
            hs.push(thread::spawn(move || {
                i * i
            }));
        }
        let mut total = 0;
        for h in hs {
            total += h.join().unwrap();
        }
        total
    });
    println!("sum of squares {}", outer.join().unwrap());
    let data = vec![1, 2, 3];
    let h = thread::spawn(move || {
        let doubled: Vec<i32> = data.iter().map(|x| x * 2).collect();
        doubled
    });
    println!("{:?}", h.join().unwrap());
}
