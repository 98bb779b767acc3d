// drop_order: values with a Drop impl are dropped at the end of their scope
// in reverse declaration order; inner scopes drop first.
struct Noisy {
    name: &'static str,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn main() {
    let _a = Noisy { name: "a" };
    let _b = Noisy { name: "b" };
    {
        let _c = Noisy { name: "c" };
        let _d = Noisy { name: "d" };
        println!("end of inner scope");
    }
    let _e = Noisy { name: "e" };
    println!("end of main");
}
