// clone_trait: a hand-written `impl Clone` whose clone() does extra work,
// and `derive(Clone)` on a container that calls it for each element.
struct Tracked {
    id: u32,
    copies: u32,
}

impl Clone for Tracked {
    fn clone(&self) -> Tracked {
        println!("cloning {}", self.id);
        Tracked { id: self.id, copies: self.copies + 1 }
    }
}

#[derive(Clone)]
struct Group {
    members: Vec<Tracked>,
}

fn main() {
    let a = Tracked { id: 1, copies: 0 };
    let b = a.clone();
    let c = b.clone();
    println!("{} {} {}", a.copies, b.copies, c.copies);
    let g = Group { members: vec![a, Tracked { id: 2, copies: 5 }] };
    let h = g.clone();
    for m in &h.members {
        println!("{} {}", m.id, m.copies);
    }
    println!("{}", g.members.len());
}
