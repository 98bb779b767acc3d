// send_err: once the receiver is dropped, send returns Err holding the
// value that could not be delivered.
use std::sync::mpsc::channel;

fn main() {
    let (tx, rx) = channel::<String>();
    println!("{}", tx.send(String::from("delivered")).is_ok());
    println!("{:?}", rx.recv().ok());
    drop(rx);
    match tx.send(String::from("lost")) {
        Ok(()) => println!("sent"),
        Err(e) => println!("send failed, got back {:?}", e.0), // grok: Err(v) => println!("send failed, got back {:?}", v),
    }
    let r = tx.send(String::from("again"));
    println!("{}", r.is_err());
}
