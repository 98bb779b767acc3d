// box_rc: Box owns a heap value (deref with *); Rc shares one value,
// strong_count tracks owners, and the value drops with the last Rc.
use std::rc::Rc;

struct Node {
    label: &'static str,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("drop node {}", self.label);
    }
}

fn main() {
    let b = Box::new(41);
    let c = *b + 1;
    println!("{} {}", b, c);
    let mut bx = Box::new(vec![1, 2]);
    bx.push(3);
    println!("{:?} {}", bx, bx.len());
    let shared = Rc::new(Node { label: "shared" });
    println!("count {}", Rc::strong_count(&shared));
    let other = Rc::clone(&shared);
    let third = shared.clone();
    println!("count {} label {}", Rc::strong_count(&shared), other.label);
    drop(other);
    println!("count {}", Rc::strong_count(&shared));
    drop(shared);
    println!("count {}", Rc::strong_count(&third));
    drop(third);
    println!("after last rc");
    let boxed = Box::new(Node { label: "boxed" });
    println!("{}", boxed.label);
}
