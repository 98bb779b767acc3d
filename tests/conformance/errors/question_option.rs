// question_option: `?` on Option returns None early; combined with
// checked arithmetic and lookups.
fn get(v: &Vec<i32>, i: usize) -> Option<i32> {
    if i < v.len() { Some(v[i]) } else { None }
}

fn sum_at(v: &Vec<i32>, idx: &Vec<usize>) -> Option<i32> {
    let mut s: i32 = 0;
    for i in idx {
        let x = get(v, *i)?;
        s = s.checked_add(x)?;
    }
    Some(s)
}

fn first_even_half(v: &Vec<i32>) -> Option<i32> {
    let first = v.iter().find(|x| **x % 2 == 0)?;
    Some(first / 2)
}

fn main() {
    let v = vec![10, 20, i32::MAX, 7];
    println!("{:?}", sum_at(&v, &vec![0, 1]));
    println!("{:?}", sum_at(&v, &vec![0, 9]));
    println!("{:?}", sum_at(&v, &vec![2, 3]));
    println!("{:?}", first_even_half(&v));
    println!("{:?}", first_even_half(&vec![1, 3]));
}
