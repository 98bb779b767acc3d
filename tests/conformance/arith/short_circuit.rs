// short_circuit: && and || evaluate their right operand only when needed.
fn t(label: &'static str, v: bool) -> bool {
    println!("eval {}", label);
    v
}

fn main() {
    println!("{}", t("a", false) && t("b", true));
    println!("{}", t("c", true) && t("d", false));
    println!("{}", t("e", true) || t("f", true));
    println!("{}", t("g", false) || t("h", true));
    println!("{}", t("i", false) || t("j", false) && t("k", true));
    println!("{}", t("l", true) || t("m", false) && t("n", true));
    let v: Vec<i32> = Vec::new();
    if v.len() > 0 && v[0] == 1 {
        println!("never");
    } else {
        println!("empty vector, index not evaluated");
    }
}
