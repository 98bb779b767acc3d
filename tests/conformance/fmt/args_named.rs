// args_named: positional `{0} {1} {0}`, named `{name}` arguments, variables
// captured by name, and specs combined with names/positions.
fn main() {
    println!("{0} {1} {0}", "a", "b");
    println!("{1}{0}{1}", 1, 2);
    println!("{name} is {age}", name = "Ada", age = 36);
    let city = "Paris";
    let temp = 21.456;
    println!("{city}: {temp:.1} degrees");
    println!("{city:>8}|{temp:<8.2}|");
    println!("{0:?} {0}", "quoted");
    println!("{} {} {}", 1, 2, 3);
    println!("{x} {} {y} {}", 10, 20, x = "X", y = "Y");
    let width_of = "pad";
    println!("[{width_of:^9}]");
}
