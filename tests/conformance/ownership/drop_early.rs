// drop_early: drop(x) runs the destructor immediately; a moved-out value is
// dropped by its new owner, and never twice.
struct Res {
    id: u32,
}

impl Drop for Res {
    fn drop(&mut self) {
        println!("release {}", self.id);
    }
}

fn consume(r: Res) {
    println!("consuming {}", r.id);
}

fn pass_through(r: Res) -> Res {
    println!("passing {}", r.id);
    r
}

fn main() {
    let a = Res { id: 1 };
    let b = Res { id: 2 };
    let c = Res { id: 3 };
    drop(b);
    println!("after drop(b)");
    consume(a);
    println!("after consume(a)");
    let d = pass_through(c);
    println!("after pass_through, holding {}", d.id);
    let e = Res { id: 4 };
    let f = e;
    println!("moved e into f ({})", f.id);
}
