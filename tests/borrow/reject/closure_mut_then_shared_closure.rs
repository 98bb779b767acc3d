// `show` needs `&total` while `inc` holds `&mut total`.
fn main() {
    let mut total = 0;
    let mut inc = || total += 1;
    let show = || println!("{}", total); // ERROR: `total` borrowed while `inc` mutably captures it
    inc();
    show();
}
