// main_exit_zero: `main` returning 0 explicitly exits with status 0 after a
// `return` from inside a loop.
fn main() { std::process::exit(grok_main()) } // rs-only
fn grok_main() -> i32 { // grok: fn main() -> i32 {
    for i in 0..10 {
        if i == 3 {
            println!("stopping at {}", i);
            return 0;
        }
        println!("i = {}", i);
    }
    1
}
