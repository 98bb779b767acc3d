// recursive_box: a recursive expression tree with Box, evaluated and
// printed recursively; derived Debug of boxed values.
#[derive(Debug)]
enum Expr {
    Num(i64),
    Neg(Box<Expr>),
    Add(Box<Expr>, Box<Expr>),
    Mul(Box<Expr>, Box<Expr>),
}

fn eval(e: &Expr) -> i64 {
    match e {
        Expr::Num(n) => *n,
        Expr::Neg(x) => -eval(x),
        Expr::Add(a, b) => eval(a) + eval(b),
        Expr::Mul(a, b) => eval(a) * eval(b),
    }
}

fn show(e: &Expr) -> String {
    match e {
        Expr::Num(n) => format!("{}", n),
        Expr::Neg(x) => format!("-{}", show(x)),
        Expr::Add(a, b) => format!("({} + {})", show(a), show(b)),
        Expr::Mul(a, b) => format!("{} * {}", show(a), show(b)),
    }
}

fn main() {
    let e = Expr::Mul(
        Box::new(Expr::Add(Box::new(Expr::Num(2)), Box::new(Expr::Num(3)))),
        Box::new(Expr::Neg(Box::new(Expr::Num(4)))),
    );
    println!("{} = {}", show(&e), eval(&e));
    println!("{:?}", e);
    let mut big = Expr::Num(1);
    for i in 2..=10 {
        big = Expr::Mul(Box::new(big), Box::new(Expr::Num(i)));
    }
    println!("10! = {}", eval(&big));
}
