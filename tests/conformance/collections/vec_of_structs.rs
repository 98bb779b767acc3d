// vec_of_structs: a Vec of structs updated in place through indices and
// `&mut` iteration, filtered into a new Vec, and removed from.
#[derive(Debug, Clone)]
struct Task {
    id: u32,
    done: bool,
    cost: u32,
}

fn main() {
    let mut tasks: Vec<Task> = Vec::new();
    for i in 1..=5 {
        tasks.push(Task { id: i, done: false, cost: i * 3 });
    }
    tasks[1].done = true;
    for t in &mut tasks {
        if t.cost > 10 {
            t.done = true;
        }
    }
    let open: Vec<Task> = tasks.iter().filter(|t| !t.done).cloned().collect();
    println!("{:?}", open);
    let total: u32 = tasks.iter().map(|t| t.cost).sum();
    println!("{}", total);
    let first_done = tasks.iter().position(|t| t.done).unwrap();
    let t = tasks.remove(first_done);
    println!("removed {:?}", t);
    println!("{}", tasks.len());
    let ids: Vec<u32> = tasks.iter().map(|t| t.id).collect();
    println!("{:?}", ids);
}
