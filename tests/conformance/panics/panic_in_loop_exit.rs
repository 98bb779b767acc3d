// panic_in_loop_exit: a panic inside a loop inside a closure still ends the
// program with status 101 and the message "limit exceeded at 5".
fn main() {
    let limit = 4;
    let check = |n: i32| {
        if n > limit {
            panic!("limit exceeded at {}", n);
        }
        n * 10
    };
    let mut i = 0;
    while true {
        i += 1;
        println!("{}", check(i));
    }
}
