// if_expr: `if` is an expression; `else if` chains; `else` may start its own
// line; both branches of a value-producing if have the same type.
fn sign(x: i32) -> &'static str {
    if x < 0 {
        "negative"
    }
    else if x == 0 {
        "zero"
    }
    else {
        "positive"
    }
}

fn main() {
    for x in [-5, 0, 7] {
        println!("{} is {}", x, sign(x));
    }
    let n = 15;
    let label = if n % 15 == 0 { "fizzbuzz" } else if n % 3 == 0 { "fizz" } else { "other" };
    println!("{}", label);
    let abs = if n < 0 { -n } else { n };
    println!("{}", abs + 1);
    let mut count = 0;
    if n > 10 {
        count += 1;
    }
    if n > 100 {
        count += 100;
    }
    else {
        count += 10;
    }
    println!("count = {}", count);
    println!("{}", if count > 5 { count * 2 } else { 0 } + 1);
}
