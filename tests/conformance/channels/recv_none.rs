// recv_none: with no thread at all, values sent before the sender is dropped
// are still received in order; after that recv() returns None every time.
use std::sync::mpsc::channel;

fn main() {
    let (tx, rx) = channel::<&'static str>();
    tx.send("first").unwrap();
    tx.send("second").unwrap();
    let tx2 = tx.clone();
    drop(tx);
    tx2.send("third").unwrap();
    println!("{:?}", rx.recv().ok());
    drop(tx2);
    println!("{:?}", rx.recv().ok());
    println!("{:?}", rx.recv().ok());
    println!("{:?}", rx.recv().ok());
    println!("{:?}", rx.recv().ok());
}
