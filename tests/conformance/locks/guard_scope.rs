// guard_scope: a guard releases the lock at the end of its scope or at
// drop(g); locking again afterwards on the same thread succeeds.
use std::sync::Mutex;

fn main() {
    let m = Mutex::new(vec![1]);
    {
        let mut g = m.lock().unwrap();
        g.push(2);
    }
    let mut g2 = m.lock().unwrap();
    g2.push(3);
    drop(g2);
    m.lock().unwrap().push(4);
    let len = m.lock().unwrap().len();
    println!("{}", len);
    let snapshot = m.lock().unwrap().clone();
    println!("{:?}", snapshot);
    let total: i32 = m.lock().unwrap().iter().sum();
    println!("{}", total);
}
