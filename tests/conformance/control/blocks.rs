// blocks: blocks are expressions whose value is their last expression; a
// trailing `;` makes the value (); inner bindings end with the block.
fn main() {
    let x = {
        let a = 3;
        let b = 4;
        a * a + b * b
    };
    println!("{}", x);
    let y = { 10 };
    println!("{}", y);
    let unit = {
        let _z = 5;
    };
    println!("{:?}", unit);
    let nested = {
        let inner = {
            let k = 2;
            k * 10
        };
        inner + 1
    };
    println!("{}", nested);
    let v = 1;
    {
        let v = 100;
        println!("inner v {}", v);
    }
    println!("outer v {}", v);
    let s = if x > 20 { let t = x - 20; t * 2 } else { 0 };
    println!("{}", s);
}
