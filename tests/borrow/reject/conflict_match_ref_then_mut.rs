// The `&String` bound by the match is live while the Option is replaced via a method.
struct Slot {
    val: Option<String>,
}

impl Slot {
    fn clear(&mut self) {
        self.val = None;
    }
}

fn main() {
    let mut s = Slot { val: Some(String::from("x")) };
    match &s.val {
        Some(t) => {
            s.clear(); // ERROR: `s` borrowed mutably while `t` is live
            println!("{}", t);
        }
        None => {}
    }
}
