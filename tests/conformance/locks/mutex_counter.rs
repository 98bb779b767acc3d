// mutex_counter: threads increment a shared Arc<Mutex<i32>>; lock() returns
// the guard, which unlocks at the end of its scope.
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut hs = Vec::new();
    for _ in 0..4 {
        let c = Arc::clone(&counter);
        hs.push(thread::spawn(move || {
            for _ in 0..500 {
                let mut g = c.lock().unwrap();
                *g += 1;
            }
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
    println!("{}", *counter.lock().unwrap());
    *counter.lock().unwrap() += 10;
    println!("{}", *counter.lock().unwrap());
}
