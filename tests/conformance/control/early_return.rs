// early_return: `return` leaves a function from inside loops and nested
// blocks; `return` without a value in a unit function.
fn first_negative(v: &Vec<i32>) -> Option<usize> {
    for (i, x) in v.iter().enumerate() {
        if *x < 0 {
            return Some(i);
        }
    }
    None
}

fn describe(n: i32) {
    if n == 0 {
        println!("zero, stop");
        return;
    }
    println!("nonzero {}", n);
}

fn classify(n: i32) -> i32 {
    let r = match n {
        0 => return -1,
        x if x > 100 => {
            return 100;
        }
        x => x * 2,
    };
    r + 1
}

fn main() {
    println!("{:?}", first_negative(&vec![3, 5, -2, -8]));
    println!("{:?}", first_negative(&vec![1, 2]));
    describe(0);
    describe(4);
    println!("{} {} {}", classify(0), classify(500), classify(7));
}
