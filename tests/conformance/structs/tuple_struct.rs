// tuple_struct: tuple structs `struct Meters(f64)` (Rust syntax), fields
// `.0`, construction, pattern destructuring and methods.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);

#[derive(Debug)]
struct Rgb(u8, u8, u8);

impl Meters {
    fn to_feet(&self) -> f64 {
        self.0 * 3.28084
    }
}

fn main() {
    let m = Meters(10.0);
    println!("{:?} {:.2}", m, m.to_feet());
    let Meters(raw) = m;
    println!("{}", raw);
    let c = Rgb(255, 128, 0);
    println!("{} {} {}", c.0, c.1, c.2);
    println!("{:?}", c);
    let Rgb(r, _, b) = c;
    println!("{} {}", r, b);
    println!("{}", Meters(1.5) == Meters(1.5));
}
