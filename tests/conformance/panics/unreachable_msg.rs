// unreachable_msg: unreachable! with a formatted message:
// "internal error: entered unreachable code: state 4 of 3".
fn step(state: i32) -> i32 {
    match state {
        0 | 1 | 2 => state + 2,
        _ => unreachable!("state {} of {}", state, 3),
    }
}

fn main() {
    let mut s = 0;
    loop {
        println!("state {}", s);
        s = step(s);
    }
}
