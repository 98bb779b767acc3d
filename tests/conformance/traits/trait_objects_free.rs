// trait_objects_free: one trait, several types, and a generic function that
// sums over a Vec of one type at a time (no trait objects needed).
trait Score {
    fn score(&self) -> u32;
    fn bonus(&self) -> u32 {
        0
    }
}

struct Word {
    text: &'static str,
}

struct Num {
    n: u32,
}

impl Score for Word {
    fn score(&self) -> u32 {
        self.text.len() as u32
    }
    fn bonus(&self) -> u32 {
        if self.text.starts_with("q") { 10 } else { 0 }
    }
}

impl Score for Num {
    fn score(&self) -> u32 {
        self.n % 7
    }
}

fn total<T: Score>(items: &Vec<T>) -> u32 {
    let mut t = 0;
    for i in items {
        t += i.score() + i.bonus();
    }
    t
}

fn main() {
    let words = vec![Word { text: "quiz" }, Word { text: "apple" }, Word { text: "q" }];
    let nums = vec![Num { n: 20 }, Num { n: 7 }, Num { n: 13 }];
    println!("{}", total(&words));
    println!("{}", total(&nums));
    let empty: Vec<Num> = Vec::new();
    println!("{}", total(&empty));
}
