// `view` borrows `*r`; the closure needs to write through `r`.
fn reset(r: &mut Vec<i32>) {
    let view = &*r;
    let mut clear = || r.clear(); // ERROR: closure requires unique access to `*r`
    println!("{}", view.len());
    clear();
}

fn main() {
    let mut v = vec![1];
    reset(&mut v);
    println!("{}", v.len());
}
