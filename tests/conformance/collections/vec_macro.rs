// vec_macro: `vec![a, b, c]`, `vec![x; n]` (n clones), nested vectors and
// vectors of Strings, Options and tuples.
fn main() {
    let a = vec![1, 2, 3];
    let b = vec![0u8; 5];
    let c = vec![String::from("x"); 3];
    let d: Vec<Option<i32>> = vec![None; 2];
    let e = vec![(1, 'a'), (2, 'b')];
    let f = vec![vec![1, 2], vec![3]];
    let g: Vec<f64> = vec![];
    println!("{:?} {:?} {:?}", a, b, c);
    println!("{:?} {:?} {:?} {:?}", d, e, f, g);
    println!("{} {} {}", a.len(), b.len(), f[0].len());
    let mut board = vec![vec!['.'; 3]; 3];
    board[1][1] = 'X';
    board[0][2] = 'O';
    for row in &board {
        let line: String = row.iter().collect();
        println!("{}", line);
    }
}
