// shadowing: `let` may rebind a name, even with a different type; the old
// value is still visible to the new binding's initializer.
fn main() {
    let x = 5;
    let x = x * 2;
    println!("{}", x);
    let x = "now a string";
    println!("{}", x);
    let x = x.len();
    println!("{}", x);
    let mut total = 0;
    for i in 0..3 {
        let i = i * 10;
        total += i;
    }
    println!("{}", total);
    let v = vec![1, 2, 3];
    let v: Vec<i32> = v.iter().map(|n| n * n).collect();
    println!("{:?}", v);
    let n = 1;
    {
        let n = n + 1;
        {
            let n = n * 10;
            println!("inner {}", n);
        }
        println!("middle {}", n);
    }
    println!("outer {}", n);
}
