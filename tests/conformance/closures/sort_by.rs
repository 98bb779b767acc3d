// sort_by: sorting with key and comparator closures; sorts are stable.
#[derive(Debug, Clone)]
struct Emp {
    name: &'static str,
    dept: &'static str,
    pay: u32,
}

fn main() {
    let mut staff = vec![
        Emp { name: "ann", dept: "ops", pay: 50 },
        Emp { name: "bob", dept: "dev", pay: 70 },
        Emp { name: "cy", dept: "ops", pay: 70 },
        Emp { name: "di", dept: "dev", pay: 50 },
    ];
    staff.sort_by_key(|e| e.pay);
    for e in &staff {
        print!("{} ", e.name);
    }
    println!();
    staff.sort_by(|a, b| b.pay.cmp(&a.pay));
    for e in &staff {
        print!("{} ", e.name);
    }
    println!();
    staff.sort_by(|a, b| a.dept.cmp(b.dept).then(a.name.cmp(b.name)));
    for e in &staff {
        print!("{}/{} ", e.dept, e.name);
    }
    println!();
    let mut words = vec!["banana", "kiwi", "apple", "fig"];
    words.sort_by_key(|w| w.len());
    println!("{:?}", words);
    let mut nums = vec![5, -3, 2, -8];
    nums.sort_by_key(|n: &i32| n.abs());
    println!("{:?}", nums);
}
