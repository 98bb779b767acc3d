// arrays: fixed-size arrays `[T; N]`: literals, `[x; N]`, len, indexing,
// iteration, nested arrays, arrays are Copy when T is, passed by value.
fn sum(a: [i32; 5]) -> i32 {
    let mut s = 0;
    for x in a {
        s += x;
    }
    s
}

fn bump(mut a: [i32; 5]) -> [i32; 5] {
    a[0] += 100;
    a
}

fn main() {
    let a = [1, 2, 3, 4, 5];
    let z = [0u8; 4];
    println!("{:?} {:?} {} {}", a, z, a.len(), z.len());
    println!("{}", sum(a));
    let b = bump(a);
    println!("{:?} {:?}", a, b);
    let mut m = [[0; 3]; 2];
    m[1][2] = 7;
    m[0][0] = 1;
    println!("{:?}", m);
    let mut total = 0;
    for row in &m {
        for x in row.iter() {
            total += x;
        }
    }
    println!("{}", total);
    let names = ["x", "y"];
    for (i, n) in names.iter().enumerate() {
        println!("{} {}", i, n);
    }
    println!("{}", a.contains(&3));
}
