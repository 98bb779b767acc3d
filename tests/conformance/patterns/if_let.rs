// if_let: `if let` with Option, Result, enum variants and tuples, with
// `else` branches and `else if let` chains.
enum Token {
    Num(i32),
    Word(&'static str),
    Sym(char),
}

fn main() {
    let maybe: Option<i32> = Some(7);
    if let Some(x) = maybe {
        println!("got {}", x);
    }
    let nothing: Option<i32> = None;
    if let Some(x) = nothing {
        println!("got {}", x);
    } else {
        println!("nothing");
    }
    let toks = vec![Token::Num(3), Token::Word("hi"), Token::Sym('+')];
    for t in &toks {
        if let Token::Num(n) = t {
            println!("number {}", n);
        } else if let Token::Word(w) = t {
            println!("word {}", w);
        }
        else {
            println!("something else");
        }
    }
    let r: Result<u8, &'static str> = Err("oops");
    if let Err(e) = r {
        println!("error {}", e);
    }
    let pair = (1, Some("x"));
    if let (1, Some(s)) = pair {
        println!("pair with {}", s);
    }
    let v = if let Some(x) = maybe { x * 2 } else { 0 };
    println!("{}", v);
}
