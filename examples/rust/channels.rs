// Rust twin of examples/channels.grok.
use std::sync::mpsc::channel;
use std::thread;

fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let (tx, rx) = channel::<i32>();
    let mut producers = Vec::new();
    for id in 1..=4 {
        let tx = tx.clone();
        producers.push(thread::spawn(move || {
            for i in 0..5 {
                tx.send(id * 100 + i).unwrap();
            }
        }));
    }
    drop(tx);

    let mut received = Vec::new();
    while let Ok(v) = rx.recv() {
        received.push(v);
    }
    for p in producers {
        p.join().unwrap();
    }
    received.sort();
    println!("received {} messages", received.len());
    println!("smallest {}, largest {}", received[0], received[received.len() - 1]);
    let total: i32 = received.iter().sum();
    println!("sum {}", total);

    let (jobs_tx, jobs_rx) = channel::<u64>();
    let (results_tx, results_rx) = channel::<(u64, bool)>();
    let worker = thread::spawn(move || {
        while let Ok(n) = jobs_rx.recv() {
            results_tx.send((n, is_prime(n))).unwrap();
        }
    });
    for n in [97, 100, 7919, 7921] {
        jobs_tx.send(n).unwrap();
    }
    drop(jobs_tx);
    while let Ok((n, prime)) = results_rx.recv() {
        println!("{} prime? {}", n, prime);
    }
    worker.join().unwrap();
}
