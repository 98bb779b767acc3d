// width_align: `{:<N}`, `{:>N}`, `{:^N}` with the default space fill and with
// an explicit fill character; strings default to left, numbers to right.
fn main() {
    println!("[{:5}]", "ab");
    println!("[{:5}]", 42);
    println!("[{:<5}]", 42);
    println!("[{:>5}]", "ab");
    println!("[{:^7}]", "mid");
    println!("[{:^6}]", "mid");
    println!("[{:*^9}]", "x");
    println!("[{:-<6}]", 1);
    println!("[{:#>4}]", 'c');
    println!("[{:3}]", "longer than width");
    println!("[{:>6}]", -12);
    println!("[{:<6}]", true);
    let rows = vec![("apple", 3), ("kiwi", 12), ("watermelon", 100)];
    for (name, n) in &rows {
        println!("{:<10}|{:>4}|", name, n);
    }
}
