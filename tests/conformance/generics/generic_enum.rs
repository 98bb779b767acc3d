// generic_enum: a user-defined generic enum (a Maybe<T>) with generic
// methods, and a generic binary tree with Box.
#[derive(Debug)]
enum Maybe<T> {
    Just(T),
    Nothing,
}

impl<T> Maybe<T> {
    fn is_just(&self) -> bool {
        match self {
            Maybe::Just(_) => true,
            Maybe::Nothing => false,
        }
    }
    fn or_default(self, d: T) -> T {
        match self {
            Maybe::Just(v) => v,
            Maybe::Nothing => d,
        }
    }
}

enum Tree<T> {
    Leaf,
    Node(Box<Tree<T>>, T, Box<Tree<T>>),
}

fn insert<T: PartialOrd>(t: Tree<T>, v: T) -> Tree<T> {
    match t {
        Tree::Leaf => Tree::Node(Box::new(Tree::Leaf), v, Box::new(Tree::Leaf)),
        Tree::Node(l, x, r) => {
            if v < x {
                Tree::Node(Box::new(insert(*l, v)), x, r)
            } else {
                Tree::Node(l, x, Box::new(insert(*r, v)))
            }
        }
    }
}

fn in_order<T: Copy>(t: &Tree<T>, out: &mut Vec<T>) {
    if let Tree::Node(l, x, r) = t {
        in_order(l, out);
        out.push(*x);
        in_order(r, out);
    }
}

fn main() {
    let a = Maybe::Just(3);
    let b: Maybe<i32> = Maybe::Nothing;
    println!("{} {}", a.is_just(), b.is_just());
    println!("{:?}", Maybe::Just("s"));
    println!("{} {}", a.or_default(0), b.or_default(-1));
    let mut t = Tree::Leaf;
    for v in [5, 2, 8, 1, 9, 3] {
        t = insert(t, v);
    }
    let mut out = Vec::new();
    in_order(&t, &mut out);
    println!("{:?}", out);
}
