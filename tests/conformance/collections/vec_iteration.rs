// vec_iteration: `for x in &v` (shared refs), `for x in &mut v` (mutable
// refs), `for x in v.iter()`, and `for x in v` (consumes the Vec).
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let mut sum = 0;
    for x in &v {
        sum += *x;
    }
    println!("sum {}", sum);
    for x in &mut v {
        *x = *x * *x;
    }
    println!("{:?}", v);
    for (i, x) in v.iter().enumerate() {
        print!("{}:{} ", i, x);
    }
    println!();
    let words = vec![String::from("own"), String::from("ed")];
    let mut joined = String::new();
    for w in words {
        joined.push_str(w.as_str());
    }
    println!("{}", joined);
    let mut grid = vec![vec![0; 3]; 2];
    for row in &mut grid {
        for cell in row.iter_mut() {
            *cell += 7;
        }
    }
    grid[1][2] = 1;
    println!("{:?}", grid);
    for x in v.iter().rev() {
        print!("{} ", x);
    }
    println!();
}
