// rwlock: RwLock allows several readers or one writer; read() and write()
// return guards directly.
use std::sync::{Arc, RwLock};
use std::thread;

fn main() {
    let cfg = Arc::new(RwLock::new(String::from("v1")));
    {
        let r1 = cfg.read().unwrap();
        let r2 = cfg.read().unwrap();
        println!("{} {}", *r1, r2.len());
    }
    {
        let mut w = cfg.write().unwrap();
        w.push_str("-patched");
    }
    let mut hs = Vec::new();
    for i in 0..3 {
        let c = Arc::clone(&cfg);
        hs.push(thread::spawn(move || {
            let r = c.read().unwrap();
            format!("{}:{}", i, *r)
        }));
    }
    for h in hs {
        println!("{}", h.join().unwrap());
    }
    *cfg.write().unwrap() = String::from("v2");
    println!("{}", *cfg.read().unwrap());
}
