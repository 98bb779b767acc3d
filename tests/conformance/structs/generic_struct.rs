// generic_struct: `struct Pair<T, U>`, generic impl blocks, a method only
// for a concrete instantiation, and a generic stack.
#[derive(Debug)]
struct Pair<T, U> {
    first: T,
    second: U,
}

impl<T, U> Pair<T, U> {
    fn swap(self) -> Pair<U, T> {
        Pair { first: self.second, second: self.first }
    }
}

impl Pair<i32, i32> {
    fn sum(&self) -> i32 {
        self.first + self.second
    }
}

struct Stack<T> {
    items: Vec<T>,
}

impl<T> Stack<T> {
    fn new() -> Stack<T> {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

fn main() {
    let p = Pair { first: "one", second: 1.5 };
    println!("{:?}", p);
    println!("{:?}", p.swap());
    let q = Pair { first: 4, second: 5 };
    println!("{}", q.sum());
    let mut s: Stack<String> = Stack::new();
    s.push(String::from("a"));
    s.push(String::from("b"));
    println!("{:?}", s.peek());
    println!("{:?}", s.pop());
    println!("{:?}", s.pop());
    println!("{:?}", s.pop());
}
