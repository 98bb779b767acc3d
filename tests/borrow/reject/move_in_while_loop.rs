// A `while` loop pushes the same Vec into an outer Vec on every iteration.
fn main() {
    let row = vec![0, 0];
    let mut grid: Vec<Vec<i32>> = Vec::new();
    let mut i = 0;
    while i < 2 {
        grid.push(row); // ERROR: `row` moved in the previous iteration
        i += 1;
    }
    println!("{}", grid.len());
}
