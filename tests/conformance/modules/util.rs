// util: helper module for file_mod (no main; loaded by `mod util;`).
pub const GREETING: &'static str = "hello from util";

pub fn clamp(x: i32, lo: i32, hi: i32) -> i32 {
    if x < lo {
        lo
    } else if x > hi {
        hi
    } else {
        x
    }
}

pub struct Stats {
    pub min: i32,
    pub max: i32,
    sum: i64,
    count: usize,
}

impl Stats {
    pub fn from_values(v: &Vec<i32>) -> Stats {
        let mut s = Stats { min: v[0], max: v[0], sum: 0, count: 0 };
        for x in v {
            if *x < s.min {
                s.min = *x;
            }
            if *x > s.max {
                s.max = *x;
            }
            s.sum += *x as i64;
            s.count += 1;
        }
        s
    }

    pub fn mean(&self) -> f64 {
        self.sum as f64 / self.count as f64
    }
}
