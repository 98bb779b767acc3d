// two_actors: a Doubler actor forwards each doubled number to a Summer actor
// (through a cloned ActorRef); Finish travels the same path behind the
// numbers, so the Summer's reply counts all of them.
use std::sync::mpsc::{channel, Sender};
use std::thread;

enum DMsg {
    Num(u64),
    Finish(Sender<u64>),
}

enum SumMsg {
    Add(u64),
    Report(Sender<u64>),
}

// rs-only {
struct SummerRef {
    q: Sender<SumMsg>,
    t: thread::JoinHandle<()>,
}
impl SummerRef {
    fn send(&self, m: SumMsg) {
        self.q.send(m).unwrap();
    }
    fn stop(self) {
        drop(self.q);
        self.t.join().unwrap();
    }
}
fn spawn_summer() -> SummerRef {
    let (q, inbox) = channel::<SumMsg>();
    let t = thread::spawn(move || {
        let mut total: u64 = 0;
        while let Ok(m) = inbox.recv() {
            match m {
                SumMsg::Add(n) => total += n,
                SumMsg::Report(reply) => reply.send(total).unwrap(),
            }
        }
    });
    SummerRef { q, t }
}
struct DoublerRef {
    q: Sender<DMsg>,
    t: thread::JoinHandle<()>,
}
impl DoublerRef {
    fn send(&self, m: DMsg) {
        self.q.send(m).unwrap();
    }
    fn stop(self) {
        drop(self.q);
        self.t.join().unwrap();
    }
}
fn spawn_doubler(next: Sender<SumMsg>) -> DoublerRef {
    let (q, inbox) = channel::<DMsg>();
    let t = thread::spawn(move || {
        while let Ok(m) = inbox.recv() {
            match m {
                DMsg::Num(n) => next.send(SumMsg::Add(n * 2)).unwrap(),
                DMsg::Finish(reply) => next.send(SumMsg::Report(reply)).unwrap(),
            }
        }
    });
    DoublerRef { q, t }
}
// rs-only }
// grok-only: actor Summer {
// grok-only:     total: u64,
// grok-only: 
// grok-only:     receive(m: SumMsg) {
// grok-only:         match m {
// grok-only:             SumMsg::Add(n) => self.total += n,
// grok-only:             SumMsg::Report(reply) => reply.send(self.total).unwrap(),
// grok-only:         }
// grok-only:     }
// grok-only: }
// grok-only: 
// grok-only: actor Doubler {
// grok-only:     next: ActorRef<SumMsg>,
// grok-only: 
// grok-only:     receive(m: DMsg) {
// grok-only:         match m {
// grok-only:             DMsg::Num(n) => self.next ! SumMsg::Add(n * 2),
// grok-only:             DMsg::Finish(reply) => self.next ! SumMsg::Report(reply),
// grok-only:         }
// grok-only:     }
// grok-only: }

fn main() {
    let summer = spawn_summer(); // grok: let summer = spawn Summer { total: 0 }
    let doubler = spawn_doubler(summer.q.clone()); // grok: let doubler = spawn Doubler { next: summer.clone() }
    for n in 1..=5 {
        doubler.send(DMsg::Num(n)); // grok: doubler ! DMsg::Num(n)
    }
    let (tx, rx) = channel::<u64>();
    doubler.send(DMsg::Finish(tx)); // grok: doubler ! DMsg::Finish(tx)
    println!("total {:?}", rx.recv().ok());
    doubler.stop();
    summer.stop();
}
