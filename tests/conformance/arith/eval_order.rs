// eval_order: operands are evaluated left to right, before the operator; a
// call's receiver before its arguments; assignments evaluate the right side.
fn t(label: &'static str, v: i32) -> i32 {
    println!("eval {}", label);
    v
}

fn main() {
    let r = t("a", 1) + t("b", 2) * t("c", 3);
    println!("r = {}", r);
    let s = t("d", 10) - t("e", 4) - t("f", 1);
    println!("s = {}", s);
    let cmp = t("g", 1) < t("h", 2);
    println!("cmp = {}", cmp);
    let v = vec![t("v0", 0), t("v1", 1), t("v2", 2)];
    println!("v = {:?}", v);
    let tup = (t("x", 5), t("y", 6));
    println!("tup = {:?}", tup);
    let mut arr = [0; 3];
    arr[t("idx", 1) as usize] = t("val", 9);
    println!("arr = {:?}", arr);
}
