// Rust twin of examples/actor.grok: the actor is a thread that owns the
// Counter and drains an mpsc queue; stop() closes the queue and joins.
use std::sync::mpsc::{channel, Sender};
use std::thread;

enum Msg {
    Add(i32),
    Sub(i32),
    Report(&'static str),
}

struct Counter {
    count: i32,
    handled: i32,
    replies: Sender<i32>,
}

impl Counter {
    fn receive(&mut self, m: Msg) {
        self.handled += 1;
        match m {
            Msg::Add(n) => self.count += n,
            Msg::Sub(n) => self.count -= n,
            Msg::Report(label) => {
                println!("[actor] {}: count = {} after {} messages", label, self.count, self.handled);
                self.replies.send(self.count).unwrap()
            }
        }
    }
}

struct ActorRef {
    queue: Sender<Msg>,
    thread: thread::JoinHandle<()>,
}

impl ActorRef {
    fn spawn(mut state: Counter) -> ActorRef {
        let (queue, inbox) = channel::<Msg>();
        let thread = thread::spawn(move || {
            while let Ok(m) = inbox.recv() {
                state.receive(m);
            }
        });
        ActorRef { queue, thread }
    }

    fn send(&self, m: Msg) {
        self.queue.send(m).unwrap();
    }

    fn stop(self) {
        drop(self.queue);
        self.thread.join().unwrap();
    }
}

fn main() {
    let (tx, rx) = channel::<i32>();
    let c = ActorRef::spawn(Counter { count: 0, handled: 0, replies: tx });
    for i in 1..=10 {
        c.send(Msg::Add(i));
    }
    c.send(Msg::Report("after adding 1..10"));
    if let Ok(n) = rx.recv() {
        println!("main got {}", n);
    }
    c.send(Msg::Sub(15));
    c.send(Msg::Report("after subtracting 15"));
    let last = rx.recv().ok();
    println!("main got {:?}", last);
    c.stop();
}
