// precision_sign: `{:.N}`, `{:>W.N}`, zero padding `{:0W}` / `{:0W.N}`,
// and `{:+}` to always show the sign.
fn main() {
    let pi = 3.14159265;
    println!("[{:.3}]", pi);
    println!("[{:>8.3}]", pi);
    println!("[{:<8.2}]", pi);
    println!("[{:^9.1}]", pi);
    println!("[{:08.2}]", pi);
    println!("[{:08.2}]", -pi);
    println!("[{:05}]", 42);
    println!("[{:05}]", -42);
    println!("[{:+}]", 7);
    println!("[{:+}]", -7);
    println!("[{:+.1}]", 2.25);
    println!("[{:+}]", 0.0);
    println!("[{:+08.3}]", 1.5);
    println!("[{:.2}]", "truncated string");
    println!("[{:>6.2}]", "abcdef");
}
