// shared_vec: an Arc<Mutex<Vec<T>>> filled by several threads; each thread
// holds the lock only for its push; the result is sorted for printing.
use std::sync::{Arc, Mutex};
use std::thread;

struct Stats {
    count: u32,
    total: u64,
}

fn main() {
    let log = Arc::new(Mutex::new(Vec::new()));
    let stats = Arc::new(Mutex::new(Stats { count: 0, total: 0 }));
    let mut hs = Vec::new();
    for id in 0..4u64 {
        let log = Arc::clone(&log);
        let stats = Arc::clone(&stats);
        hs.push(thread::spawn(move || {
            for k in 0..3u64 {
                log.lock().unwrap().push(id * 10 + k);
                let mut s = stats.lock().unwrap();
                s.count += 1;
                s.total += id * 10 + k;
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    let mut v = log.lock().unwrap().clone();
    v.sort();
    println!("{:?}", v);
    let s = stats.lock().unwrap();
    println!("{} {}", s.count, s.total);
}
