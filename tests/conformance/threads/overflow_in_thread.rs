// overflow_in_thread: an arithmetic overflow inside a spawned thread makes
// its join() an Err; main reports it and exits normally.
use std::thread;

fn grow(x: u8) -> u8 {
    x * 2
}

fn main() {
    let h = thread::spawn(move || {
        let mut x: u8 = 1;
        for _ in 0..10 {
            x = grow(x);
        }
        x
    });
    let r = h.join();
    println!("is_err {}", r.is_err());
    let h2 = thread::spawn(move || {
        grow(100)
    });
    println!("{:?}", h2.join().ok());
}
