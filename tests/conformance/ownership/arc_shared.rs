// arc_shared: Arc shares immutable data across threads; strong_count rises
// with each clone and falls as clones are dropped.
use std::sync::Arc;
use std::thread;

fn main() {
    let data = Arc::new(vec![1, 2, 3, 4]);
    println!("count {}", Arc::strong_count(&data));
    let mut handles = Vec::new();
    for k in 1..=3 {
        let d = Arc::clone(&data);
        handles.push(thread::spawn(move || {
            let mut s = 0;
            for x in d.iter() {
                s += x * k;
            }
            s
        }));
    }
    let mut results = Vec::new();
    for h in handles {
        results.push(h.join().unwrap());
    }
    println!("{:?}", results);
    println!("count {}", Arc::strong_count(&data));
    let extra = data.clone();
    println!("count {} sum {}", Arc::strong_count(&data), extra.iter().sum::<i32>());
}
