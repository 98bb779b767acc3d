// loop_break_value: `loop` runs until `break`; `break value` makes the loop
// an expression; `continue` skips to the next iteration.
fn main() {
    let mut n = 27u64;
    let mut steps = 0;
    let peak = loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    };
    println!("collatz(27) takes {} steps", peak);
    let mut i = 0;
    let mut odd_sum = 0;
    loop {
        i += 1;
        if i > 10 {
            break;
        }
        if i % 2 == 0 {
            continue;
        }
        odd_sum += i;
    }
    println!("odd sum {}", odd_sum);
    let first_square_over_50 = {
        let mut k = 0;
        loop {
            k += 1;
            if k * k > 50 {
                break k * k;
            }
        }
    };
    println!("{}", first_square_over_50);
}
