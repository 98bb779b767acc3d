// Both arguments borrow `v`, one mutably.
fn copy_into(dst: &mut Vec<i32>, src: &Vec<i32>) {
    for x in src {
        dst.push(*x);
    }
}

fn main() {
    let mut v = vec![1];
    copy_into(&mut v, &v); // ERROR: `v` borrowed as shared while borrowed as mutable
}
