// fn_values: named functions as `fn(A) -> B` values in variables, Vecs and
// struct fields; non-capturing closures coerce to fn types.
fn inc(x: i32) -> i32 {
    x + 1
}

fn dbl(x: i32) -> i32 {
    x * 2
}

struct Op {
    name: &'static str,
    f: fn(i32) -> i32,
}

fn compose_all(fs: &Vec<fn(i32) -> i32>, x: i32) -> i32 {
    let mut v = x;
    for f in fs {
        v = f(v);
    }
    v
}

fn main() {
    let f: fn(i32) -> i32 = inc;
    println!("{}", f(1));
    let ops = vec![Op { name: "inc", f: inc }, Op { name: "dbl", f: dbl }, Op { name: "sq", f: |x| x * x }];
    for op in &ops {
        println!("{}(7) = {}", op.name, (op.f)(7));
    }
    let chain: Vec<fn(i32) -> i32> = vec![inc, dbl, inc, dbl];
    println!("{}", compose_all(&chain, 0));
    let pick = if chain.len() > 3 { dbl } else { inc };
    println!("{}", pick(21));
}
