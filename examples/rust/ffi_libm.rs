// Rust twin of examples/ffi_libm.grok; Rust passes strings to C as CString.
use std::ffi::CString;
use std::os::raw::c_char;

#[link(name = "m")]
extern "C" {
    fn cos(x: f64) -> f64;
    fn sqrt(x: f64) -> f64;
    fn pow(x: f64, y: f64) -> f64;
    fn floor(x: f64) -> f64;
}

#[link(name = "c")]
extern "C" {
    fn strlen(s: *const c_char) -> usize;
    fn abs(n: i32) -> i32;
}

fn hypotenuse(a: f64, b: f64) -> f64 {
    unsafe { sqrt(a * a + b * b) }
}

fn main() {
    let pi = 3.141592653589793;
    let text = CString::new("GrokLang").unwrap();
    unsafe {
        println!("cos(0)      = {:.3}", cos(0.0));
        println!("cos(pi)     = {:.3}", cos(pi));
        println!("pow(2, 10)  = {}", pow(2.0, 10.0));
        println!("floor(-2.5) = {}", floor(-2.5));
        println!("abs(-42)    = {}", abs(-42));
        println!("strlen      = {}", strlen(text.as_ptr()));
    }
    println!("hypotenuse(3, 4) = {}", hypotenuse(3.0, 4.0));
}
