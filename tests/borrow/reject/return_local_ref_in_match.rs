// The `None` arm returns a reference to a String created in the arm.
fn name_or_default(o: &Option<String>) -> &String {
    match o {
        Some(s) => s,
        None => {
            let d = String::from("default");
            &d // ERROR: returns a reference to local `d`
        }
    }
}

fn main() {
    println!("{}", name_or_default(&None));
}
