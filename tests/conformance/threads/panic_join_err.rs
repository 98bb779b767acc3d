// panic_join_err: a panic in a spawned thread ends only that thread; its
// join() returns Err carrying the panic message and main goes on (status 0).
use std::thread;

fn panic_msg(e: Box<dyn std::any::Any + Send>) -> String { // rs-only
    if let Some(s) = e.downcast_ref::<&str>() { return s.to_string(); } // rs-only
    e.downcast_ref::<String>().unwrap().clone() // rs-only
} // rs-only

fn main() {
    let ok = thread::spawn(move || {
        21 * 2
    });
    println!("{:?}", ok.join().ok());
    let bad = thread::spawn(move || {
        let v: Vec<i32> = Vec::new();
        if v.is_empty() {
            panic!("worker failed on item {}", 7);
        }
        1
    });
    match bad.join() {
        Ok(v) => println!("value {}", v),
        Err(e) => println!("thread panicked: {}", panic_msg(e)), // grok: Err(e) => println!("thread panicked: {}", e),
    }
    let r = thread::spawn(move || {
        5
    }).join();
    println!("{}", r.is_ok());
    println!("main continues");
}
