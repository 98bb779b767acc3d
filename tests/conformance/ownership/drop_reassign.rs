// drop_reassign: assigning a new value to a variable drops the old value at
// the assignment; shadowing does not drop (both live to scope end); a value
// made in a loop body is dropped at the end of each iteration.
struct Tok {
    n: i32,
}

impl Drop for Tok {
    fn drop(&mut self) {
        println!("drop {}", self.n);
    }
}

fn main() {
    let mut t = Tok { n: 1 };
    println!("assigning");
    t = Tok { n: 2 };
    println!("assigned, holding {}", t.n);
    let s = Tok { n: 10 };
    let s = Tok { n: s.n + 1 };
    println!("shadowed, holding {}", s.n);
    for i in 0..3 {
        let _x = Tok { n: 100 + i };
        println!("iteration {}", i);
    }
    println!("end");
}
