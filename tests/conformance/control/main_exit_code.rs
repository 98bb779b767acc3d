// main_exit_code: `main` returning an integer sets the process exit status;
// output printed before returning is kept.
fn main() { std::process::exit(grok_main()) } // rs-only
fn grok_main() -> i32 { // grok: fn main() -> i32 {
    let v = vec![3, 1, 4];
    let mut errors = 0;
    for x in &v {
        if *x < 2 {
            errors += 1;
        }
        println!("checked {}", x);
    }
    println!("errors: {}", errors);
    errors + 2
}
