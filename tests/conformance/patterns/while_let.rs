// while_let: `while let` loops until the pattern stops matching: popping a
// stack, walking a linked list of Options, and draining with a counter.
fn main() {
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        println!("popped {}", top);
    }
    println!("empty: {}", stack.is_empty());
    let mut n: u32 = 100;
    let mut steps = 0;
    while let Some(next) = n.checked_sub(30) {
        n = next;
        steps += 1;
    }
    println!("{} steps, {} left", steps, n);
    let mut pairs = vec![(1, 'a'), (2, 'b')];
    while let Some((num, ch)) = pairs.pop() {
        println!("{} {}", num, ch);
    }
    let mut queue = vec![Some(5), Some(6), None, Some(7)];
    queue.reverse();
    while let Some(Some(v)) = queue.pop() {
        println!("value {}", v);
    }
    println!("left in queue {}", queue.len());
}
