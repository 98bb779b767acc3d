// labelled_breaks: `'outer:` labels on loop, while and for; `break 'outer`,
// `continue 'outer`, and `break 'outer value` from an inner loop.
fn main() {
    let found = 'search: loop {
        for a in 1..20 {
            for b in a..20 {
                if a * a + b * b == 13 * 13 {
                    break 'search (a, b);
                }
            }
        }
        break (0, 0);
    };
    println!("found {:?}", found);
    let mut pairs = 0;
    'rows: for i in 0..5 {
        for j in 0..5 {
            if j > i {
                continue 'rows;
            }
            if i == 4 {
                break 'rows;
            }
            pairs += 1;
        }
    }
    println!("pairs {}", pairs);
    let mut n = 0;
    'w: while n < 100 {
        n += 1;
        let mut m = 0;
        while m < n {
            m += 1;
            if m * n == 42 {
                break 'w;
            }
        }
    }
    println!("n {}", n);
}
