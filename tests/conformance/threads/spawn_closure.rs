// spawn_closure: `spawn move || expr` with an expression body, returning a
// value through join; captured values are moved into the thread.
fn main() {
    let v = vec![3, 4, 5];
    let h = std::thread::spawn(move || v.iter().map(|x| x * x).sum::<i32>()); // grok: let h = spawn move || v.iter().map(|x| x * x).sum::<i32>()
    println!("{}", h.join().unwrap());
    let s = String::from("abc");
    let h2 = std::thread::spawn(move || s.len() * 2); // grok: let h2 = spawn move || s.len() * 2
    println!("{}", h2.join().unwrap());
}
