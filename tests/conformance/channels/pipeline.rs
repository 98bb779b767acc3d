// pipeline: three stages connected by channels; each stage is a thread
// that forwards transformed values until its input closes.
use std::sync::mpsc::channel;
use std::thread;

fn main() {
    let (src_tx, src_rx) = channel::<i64>();
    let (mid_tx, mid_rx) = channel::<i64>();
    let (out_tx, out_rx) = channel::<String>();
    let square = thread::spawn(move || {
        while let Some(x) = src_rx.recv().ok() {
            mid_tx.send(x * x).unwrap();
        }
    });
    let label = thread::spawn(move || {
        while let Some(x) = mid_rx.recv().ok() {
            out_tx.send(format!("<{}>", x)).unwrap();
        }
    });
    for i in 1..=6 {
        src_tx.send(i).unwrap();
    }
    drop(src_tx);
    let mut out = Vec::new();
    while let Some(s) = out_rx.recv().ok() {
        out.push(s);
    }
    square.join().unwrap();
    label.join().unwrap();
    println!("{}", out.join(" "));
}
