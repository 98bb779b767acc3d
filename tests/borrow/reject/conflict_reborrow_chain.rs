// `inner` is a reborrow of `outer`; using `outer` while `inner` is live conflicts.
fn main() {
    let mut x = 0;
    let outer = &mut x;
    let inner = &mut *outer;
    *outer += 1; // ERROR: `*outer` used while reborrowed by `inner`
    *inner += 1;
}
