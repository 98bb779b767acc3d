// Rust twin of examples/mutex_counter.grok.
use std::sync::{Arc, Mutex, RwLock};
use std::thread;

fn main() {
    let counter = Arc::new(Mutex::new(0));
    let mut handles = Vec::new();
    for _ in 0..8 {
        let counter = Arc::clone(&counter);
        handles.push(thread::spawn(move || {
            for _ in 0..1000 {
                let mut guard = counter.lock().unwrap();
                *guard += 1;
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("count = {}", *counter.lock().unwrap());

    let log = Arc::new(Mutex::new(Vec::new()));
    let step = Arc::new(RwLock::new(10));
    let mut workers = Vec::new();
    for id in 0..4 {
        let log = log.clone();
        let step = step.clone();
        workers.push(thread::spawn(move || {
            let k = *step.read().unwrap();
            log.lock().unwrap().push(id * k);
        }));
    }
    for w in workers {
        w.join().unwrap();
    }
    {
        let mut s = step.write().unwrap();
        *s += 5;
    }
    *counter.lock().unwrap() += 1;
    let mut entries = log.lock().unwrap().clone();
    entries.sort();
    println!("log = {:?}", entries);
    println!("step = {}, count = {}", *step.read().unwrap(), *counter.lock().unwrap());
}
