// rem_min_neg1_i32: i32::MIN % -1 panics like the division does.
fn main() {
    let values: Vec<i32> = vec![-1, 2, -2, 7];
    let mut total = 0;
    for v in &values {
        total += i32::MIN % *v;
        println!("MIN % {} -> total {}", v, total);
    }
}
