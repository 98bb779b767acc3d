// drop_fields: a struct's own Drop runs first, then its fields are dropped
// in declaration order; Vec elements are dropped front to back.
struct Part {
    name: &'static str,
}

impl Drop for Part {
    fn drop(&mut self) {
        println!("drop part {}", self.name);
    }
}

struct Machine {
    first: Part,
    second: Part,
    extras: Vec<Part>,
}

impl Drop for Machine {
    fn drop(&mut self) {
        println!("drop machine");
    }
}

fn main() {
    let m = Machine {
        first: Part { name: "engine" },
        second: Part { name: "wheel" },
        extras: vec![Part { name: "x1" }, Part { name: "x2" }],
    };
    println!("built with {} extras", m.extras.len());
    let v = vec![Part { name: "v1" }, Part { name: "v2" }, Part { name: "v3" }];
    println!("vector of {}", v.len());
}
