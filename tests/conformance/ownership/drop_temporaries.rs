// drop_temporaries: a temporary with a Drop impl dies at the end of its
// statement; a value bound to `_` is dropped at once; `let _x` lives on.
struct T {
    name: &'static str,
}

impl Drop for T {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

impl T {
    fn len(&self) -> usize {
        self.name.len()
    }
}

fn make(name: &'static str) -> T {
    T { name }
}

fn main() {
    let n = make("temp").len();
    println!("len was {}", n);
    let _ = make("underscore");
    println!("after underscore");
    let _kept = make("kept");
    println!("after kept");
    make("statement");
    println!("end");
}
