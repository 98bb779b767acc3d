// match_enums: variants with tuple and struct payloads, nested enums,
// wildcards in payloads, and exhaustive matching without `_`.
enum Op {
    Push(i64),
    Pop,
    Add,
    Mul,
    Jump { target: usize, if_zero: bool },
}

fn run(prog: &Vec<Op>) -> Vec<i64> {
    let mut stack: Vec<i64> = Vec::new();
    let mut pc = 0;
    let mut fuel = 50;
    while pc < prog.len() && fuel > 0 {
        fuel -= 1;
        pc += 1;
        match &prog[pc - 1] {
            Op::Push(v) => stack.push(*v),
            Op::Pop => {
                stack.pop();
            }
            Op::Add => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(a + b);
            }
            Op::Mul => {
                let b = stack.pop().unwrap();
                let a = stack.pop().unwrap();
                stack.push(a * b);
            }
            Op::Jump { target, if_zero: true } => {
                if stack[stack.len() - 1] == 0 {
                    pc = *target;
                }
            }
            Op::Jump { target, .. } => pc = *target,
        }
    }
    stack
}

fn main() {
    let prog = vec![Op::Push(2), Op::Push(3), Op::Add, Op::Push(7), Op::Mul, Op::Push(0),
        Op::Jump { target: 8, if_zero: true }, Op::Push(99), Op::Pop, Op::Push(1)];
    println!("{:?}", run(&prog));
    let jump = vec![Op::Push(5), Op::Jump { target: 3, if_zero: false }, Op::Push(6), Op::Push(7)];
    println!("{:?}", run(&jump));
}
