// generic_params: closures passed to generic parameters bounded by Fn and
// FnMut; a function that calls its closure several times.
fn apply_n<F: Fn(i64) -> i64>(f: F, n: u32, x: i64) -> i64 {
    let mut v = x;
    for _ in 0..n {
        v = f(v);
    }
    v
}

fn repeat<F>(times: u32, mut body: F)
where
    F: FnMut(u32),
{
    for i in 0..times {
        body(i);
    }
}

fn keep<P: Fn(&i32) -> bool>(v: &Vec<i32>, pred: P) -> Vec<i32> {
    let mut out = Vec::new();
    for x in v {
        if pred(x) {
            out.push(*x);
        }
    }
    out
}

fn main() {
    println!("{}", apply_n(|x| x * 3, 4, 1));
    let offset = 5;
    println!("{}", apply_n(|x| x + offset, 10, 0));
    let mut seen = Vec::new();
    repeat(4, |i| seen.push(i * i));
    println!("{:?}", seen);
    let v = vec![5, -2, 8, 0, -7, 3];
    println!("{:?}", keep(&v, |x| *x > 0));
    let limit = 4;
    println!("{:?}", keep(&v, |x| x.abs() < limit));
}
