// comparisons: == != < > <= >= on integers, bools, chars, strs and tuples.
fn main() {
    println!("{} {} {}", 3 < 5, 5 <= 5, -1 > 0);
    println!("{} {}", 7u64 >= 7, 1_000i64 != 1000);
    println!("{} {}", true > false, false == false);
    println!("{} {}", 'a' < 'b', 'Z' < 'a');
    println!("{} {} {}", "apple" < "banana", "app" < "apple", "b" > "abc");
    println!("{} {}", (1, 2) < (1, 3), (2, 0) > (1, 9));
    println!("{}", (1, "a") == (1, "a"));
    let x = 5;
    let in_range = 1 <= x && x < 10;
    println!("{}", in_range);
    println!("{} {}", i32::MIN < i32::MAX, u8::MAX > 254);
}
