// file_mod: `mod util;` loads util.grok (util.rs for the Rust twin) next to
// this file; its pub items are used through paths and `use`.
mod util;

use util::{clamp, Stats};

fn main() {
    println!("{}", clamp(15, 0, 10));
    println!("{}", clamp(-4, 0, 10));
    println!("{}", util::clamp(5, 0, 10));
    let s = Stats::from_values(&vec![4, 8, 15, 16, 23, 42]);
    println!("{} {} {}", s.min, s.max, s.mean());
    println!("{}", util::GREETING);
}
