// borrows: & and &mut references through functions; mutation through
// &mut; several shared borrows at once; borrows end at their last use.
fn total(v: &Vec<i32>) -> i32 {
    let mut s = 0;
    for x in v {
        s += x;
    }
    s
}

fn add_all(v: &mut Vec<i32>, k: i32) {
    for x in v.iter_mut() {
        *x += k;
    }
}

fn bigger<'a>(a: &'a String, b: &'a String) -> usize { if a.len() > b.len() { a.len() } else { b.len() } } // grok: fn bigger(a: &String, b: &String) -> usize { if a.len() > b.len() { a.len() } else { b.len() } }

fn first_word(s: &String) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c == ' ' {
            break;
        }
        out.push(c);
    }
    out
}

fn main() {
    let mut v = vec![1, 2, 3];
    let r1 = &v;
    let r2 = &v;
    println!("{} {}", total(r1), r2.len());
    add_all(&mut v, 10);
    println!("{:?}", v);
    let m = &mut v;
    m.push(100);
    println!("{:?}", v);
    let mut n = 5;
    {
        let p = &mut n;
        *p *= 3;
    }
    println!("{}", n);
    let s = String::from("hello world");
    let t = String::from("hi");
    println!("{} {}", first_word(&s), bigger(&s, &t));
}
