// impl_for_builtin: a user trait implemented for i32, str, bool and a Vec,
// called with method syntax on literals and values.
trait Shout {
    fn shout(&self) -> String;
}

impl Shout for i32 {
    fn shout(&self) -> String {
        format!("{}!!!", self)
    }
}

impl Shout for &'static str {
    fn shout(&self) -> String {
        self.to_uppercase()
    }
}

impl Shout for bool {
    fn shout(&self) -> String {
        if *self { String::from("YES") } else { String::from("NO") }
    }
}

impl Shout for Vec<i32> {
    fn shout(&self) -> String {
        format!("{} numbers", self.len())
    }
}

fn main() {
    println!("{}", 42.shout());
    let n: i32 = -7;
    println!("{}", n.shout());
    println!("{}", "hello".shout());
    println!("{}", true.shout());
    println!("{}", vec![1, 2, 3].shout());
}
