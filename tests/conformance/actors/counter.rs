// counter: an actor handles its messages one at a time, in the order sent;
// replies travel back over a channel; stop() ends it after its queue drains.
use std::sync::mpsc::{channel, Sender};
use std::thread;

enum Msg {
    Add(i64),
    Mul(i64),
    Get,
}

// rs-only {
struct Counter {
    total: i64,
    out: Sender<i64>,
}
impl Counter {
    fn receive(&mut self, m: Msg) {
        match m {
            Msg::Add(n) => self.total += n,
            Msg::Mul(n) => self.total *= n,
            Msg::Get => self.out.send(self.total).unwrap(),
        }
    }
}
struct ActorRef {
    q: Sender<Msg>,
    t: thread::JoinHandle<()>,
}
impl ActorRef {
    fn send(&self, m: Msg) {
        self.q.send(m).unwrap();
    }
    fn stop(self) {
        drop(self.q);
        self.t.join().unwrap();
    }
}
fn spawn_counter(mut c: Counter) -> ActorRef {
    let (q, inbox) = channel::<Msg>();
    let t = thread::spawn(move || {
        while let Ok(m) = inbox.recv() {
            c.receive(m);
        }
    });
    ActorRef { q, t }
}
// rs-only }
// grok-only: actor Counter {
// grok-only:     total: i64,
// grok-only:     out: Sender<i64>,
// grok-only: 
// grok-only:     receive(m: Msg) {
// grok-only:         match m {
// grok-only:             Msg::Add(n) => self.total += n,
// grok-only:             Msg::Mul(n) => self.total *= n,
// grok-only:             Msg::Get => self.out.send(self.total).unwrap(),
// grok-only:         }
// grok-only:     }
// grok-only: }

fn main() {
    let (tx, rx) = channel::<i64>();
    let c = spawn_counter(Counter { total: 0, out: tx }); // grok: let c = spawn Counter { total: 0, out: tx }
    c.send(Msg::Add(5)); // grok: c ! Msg::Add(5)
    c.send(Msg::Mul(3)); // grok: c ! Msg::Mul(3)
    c.send(Msg::Add(-1));
    c.send(Msg::Get);
    println!("{:?}", rx.recv().ok());
    for i in 1..=4 {
        c.send(Msg::Mul(i)); // grok: c ! Msg::Mul(i)
    }
    c.send(Msg::Get); // grok: c ! Msg::Get
    println!("{:?}", rx.recv().ok());
    c.stop();
    println!("{:?}", rx.recv().ok());
}
