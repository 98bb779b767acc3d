// default_methods: a trait with required and default methods; one impl
// overrides the default, another keeps it; defaults call required methods.
trait Animal {
    fn name(&self) -> String;
    fn sound(&self) -> &'static str;
    fn speak(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
    fn legs(&self) -> u32 {
        4
    }
}

struct Dog {
    name: &'static str,
}

struct Bird;

impl Animal for Dog {
    fn name(&self) -> String {
        String::from(self.name)
    }
    fn sound(&self) -> &'static str {
        "woof"
    }
}

impl Animal for Bird {
    fn name(&self) -> String {
        String::from("bird")
    }
    fn sound(&self) -> &'static str {
        "tweet"
    }
    fn legs(&self) -> u32 {
        2
    }
    fn speak(&self) -> String {
        format!("the {} sings", self.name())
    }
}

fn main() {
    let d = Dog { name: "rex" };
    let b = Bird;
    println!("{} ({} legs)", d.speak(), d.legs());
    println!("{} ({} legs)", b.speak(), b.legs());
}
