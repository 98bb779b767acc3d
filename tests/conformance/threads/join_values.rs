// join_values: spawn returns a JoinHandle; join() waits and returns the
// block's value; results are printed in join order, not finish order.
use std::thread;

fn main() {
    let mut handles = Vec::new();
    for i in 0..5u64 {
        handles.push(thread::spawn(move || {
            let mut s: u64 = 0;
            for k in 0..=(i * 1000) {
                s += k;
            }
            (i, s)
        }));
    }
    for h in handles {
        let (i, s) = h.join().unwrap();
        println!("thread {} sum {}", i, s);
    }
    let name = String::from("moved in");
    let h = thread::spawn(move || {
        format!("{} ({} bytes)", name, name.len())
    });
    println!("{}", h.join().unwrap());
}
