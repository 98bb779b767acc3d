// multi_producer: several producers share a channel through tx.clone();
// the receiver ends when every clone and the original are dropped; arrival
// order varies, so results are sorted before printing.
use std::sync::mpsc::channel;
use std::thread;

fn main() {
    let (tx, rx) = channel::<(u32, u32)>();
    let mut hs = Vec::new();
    for id in 0..3 {
        let tx = tx.clone();
        hs.push(thread::spawn(move || {
            for k in 0..4 {
                tx.send((id, k * 10)).unwrap();
            }
        }));
    }
    drop(tx);
    let mut all = Vec::new();
    while let Some(m) = rx.recv().ok() {
        all.push(m);
    }
    for h in hs {
        h.join().unwrap();
    }
    all.sort();
    println!("{} messages", all.len());
    println!("{:?}", all);
    let per_sender: Vec<u32> = (0..3).map(|id| all.iter().filter(|m| m.0 == id).map(|m| m.1).sum()).collect();
    println!("{:?}", per_sender);
}
