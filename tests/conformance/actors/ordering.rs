// ordering: an actor that records every message it receives; after many
// messages from main, a Dump request returns the log, proving FIFO order.
use std::sync::mpsc::{channel, Sender};
use std::thread;

enum Cmd {
    Note(&'static str),
    Num(u32),
    Dump(Sender<Vec<String>>),
}

// rs-only {
struct Recorder {
    log: Vec<String>,
}
impl Recorder {
    fn receive(&mut self, c: Cmd) {
        match c {
            Cmd::Note(s) => self.log.push(s.to_string()),
            Cmd::Num(n) => self.log.push(format!("#{}", n)),
            Cmd::Dump(reply) => reply.send(self.log.clone()).unwrap(),
        }
    }
}
struct ActorRef {
    q: Sender<Cmd>,
    t: thread::JoinHandle<()>,
}
impl ActorRef {
    fn send(&self, m: Cmd) {
        self.q.send(m).unwrap();
    }
    fn stop(self) {
        drop(self.q);
        self.t.join().unwrap();
    }
}
fn spawn_recorder(mut r: Recorder) -> ActorRef {
    let (q, inbox) = channel::<Cmd>();
    let t = thread::spawn(move || {
        while let Ok(m) = inbox.recv() {
            r.receive(m);
        }
    });
    ActorRef { q, t }
}
// rs-only }
// grok-only: actor Recorder {
// grok-only:     log: Vec<String>,
// grok-only: 
// grok-only:     receive(c: Cmd) {
// grok-only:         match c {
// grok-only:             Cmd::Note(s) => self.log.push(s.to_string()),
// grok-only:             Cmd::Num(n) => self.log.push(format!("#{}", n)),
// grok-only:             Cmd::Dump(reply) => reply.send(self.log.clone()).unwrap(),
// grok-only:         }
// grok-only:     }
// grok-only: }

fn main() {
    let r = spawn_recorder(Recorder { log: Vec::new() }); // grok: let r = spawn Recorder { log: Vec::new() }
    r.send(Cmd::Note("start")); // grok: r ! Cmd::Note("start")
    for i in 0..10 {
        r.send(Cmd::Num(i)); // grok: r ! Cmd::Num(i)
    }
    r.send(Cmd::Note("end"));
    let (tx, rx) = channel::<Vec<String>>();
    r.send(Cmd::Dump(tx)); // grok: r ! Cmd::Dump(tx)
    let log = rx.recv().ok().unwrap();
    println!("{} entries", log.len());
    println!("{}", log.join(" "));
    r.stop();
}
