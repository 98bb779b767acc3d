// trait_generic: a generic trait method implemented for several types and a
// generic struct whose impl requires a bound (`impl<T: Summary>`).
trait Summary {
    fn summary(&self) -> String;
}

struct Article {
    title: &'static str,
}

impl Summary for Article {
    fn summary(&self) -> String {
        format!("article: {}", self.title)
    }
}

impl Summary for u64 {
    fn summary(&self) -> String {
        format!("number {}", self)
    }
}

struct Feed<T> {
    items: Vec<T>,
}

impl<T: Summary> Feed<T> {
    fn print_all(&self) {
        for (i, item) in self.items.iter().enumerate() {
            println!("{}: {}", i, item.summary());
        }
    }
}

fn main() {
    let f = Feed { items: vec![Article { title: "GrokLang 1.0" }, Article { title: "Threads" }] };
    f.print_all();
    let g = Feed { items: vec![7u64, 8] };
    g.print_all();
}
