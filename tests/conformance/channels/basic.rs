// basic: one producer thread sends values in order; the receiver gets them
// in the same order; recv() gives None once the sender is dropped.
use std::sync::mpsc::channel;
use std::thread;

fn main() {
    let (tx, rx) = channel::<i32>();
    let p = thread::spawn(move || {
        for i in 1..=5 {
            tx.send(i * i).unwrap();
        }
    });
    let mut got = Vec::new();
    while let Some(v) = rx.recv().ok() {
        got.push(v);
    }
    p.join().unwrap();
    println!("{:?}", got);
    println!("{:?}", rx.recv().ok());
}
