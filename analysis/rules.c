/* The rule catalogue (LANGUAGE.md §6). Kept sorted by id so lookups can
 * bisect and `grok-verify explain` lists rules in a stable order; a unit
 * test checks the order. Codes: E0001-E0049 are the lexer's, E0050-E0099
 * the parser's (both as compiler/lexer.c and the parser report them);
 * the borrow family uses rustc's codes for the same errors; type codes are left to
 * the type checker, which assigns them when it lands. */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

static const RuleInfo RULES[] = {
    {"borrow/closure-capture-conflict", "E0501", FINDING_ERROR,
     "a closure's capture overlaps another borrow of the same place",
     "A closure borrows what it captures when it is created, and the borrow lasts until the "
     "closure's last call. While it lasts, the captured place follows the ordinary rules: a "
     "mutating capture excludes every other use, and a reading capture excludes mutation.\n\n"
     "    let mut v = vec![1]\n"
     "    let mut add = || v.push(2)\n"
     "    println!(\"{}\", v.len())   // error: `v` is captured mutably by `add`\n"
     "    add()\n\n"
     "Fix: call the closure for the last time before the other use, pass the value to the "
     "closure as a parameter instead of capturing it, or capture a clone with `move`."},
    {"borrow/conflicting-borrow", "E0502", FINDING_ERROR,
     "a `&mut` borrow overlaps another borrow of the same place",
     "At any point a place may have many shared borrows or exactly one mutable borrow, never "
     "both. The checker found two borrows that are live at the same time and at least one is "
     "`&mut`.\n\n"
     "    let mut v = vec![1, 2]\n"
     "    let first = &v[0]\n"
     "    v.push(3)            // error: `v` borrowed mutably while `first` is live\n"
     "    println!(\"{}\", first)\n\n"
     "Fix: end the first borrow before taking the second (use `first` before `push`), or copy "
     "the value out (`let first = v[0]`)."},
    {"borrow/move-while-borrowed", "E0505", FINDING_ERROR,
     "a value is moved while a borrow of it is still live",
     "Moving a value invalidates every reference to it, so a move is rejected while a borrow "
     "is still used later.\n\n"
     "    let s = String::from(\"a\")\n"
     "    let r = &s\n"
     "    let t = s            // error: `s` moved while borrowed\n"
     "    println!(\"{}\", r)\n\n"
     "Fix: finish using the reference before the move, or clone the value."},
    {"borrow/mutate-while-borrowed", "E0506", FINDING_ERROR,
     "a value is assigned to while a borrow of it is live",
     "Assigning to a place that is borrowed would change what the reference sees behind its "
     "back.\n\n"
     "    let mut x = 1\n"
     "    let r = &x\n"
     "    x = 2                // error: `x` assigned while borrowed\n"
     "    println!(\"{}\", r)\n\n"
     "Fix: assign after the last use of the borrow."},
    {"borrow/reference-outlives-referent", "E0597", FINDING_ERROR,
     "a reference is used after the value it points to was dropped",
     "A reference may not outlive the value it refers to. The witness trace shows where the "
     "value is dropped (usually the end of its scope) and where the reference is used "
     "afterwards.\n\n"
     "    let r\n"
     "    {\n"
     "        let x = 5\n"
     "        r = &x           // error: `x` does not live long enough\n"
     "    }\n"
     "    println!(\"{}\", r)\n\n"
     "Fix: declare the value in an outer scope, or return/store an owned value instead."},
    {"borrow/return-local-ref", "E0515", FINDING_ERROR,
     "a function returns a reference to one of its own locals",
     "A function's locals (and its by-value parameters) are dropped when it returns, so a "
     "returned reference must point into something the caller owns: a reference parameter or "
     "`self`.\n\n"
     "    fn pick(v: &Vec<i32>) -> &i32 {\n"
     "        let x = v.len() as i32\n"
     "        &x               // error: `x` is dropped when `pick` returns\n"
     "    }\n\n"
     "Fix: return the value itself (`-> i32`), or a reference into the parameter."},
    {"borrow/use-after-move", "E0382", FINDING_ERROR, "a value is used after it was moved",
     "Non-Copy values have one owner; assigning, passing or returning them moves them, and the "
     "old name may not be used again.\n\n"
     "    let a = String::from(\"x\")\n"
     "    let b = a\n"
     "    println!(\"{}\", a)  // error: `a` was moved to `b`\n\n"
     "Fix: borrow instead of moving (`let b = &a`), clone (`a.clone()`), or stop using the "
     "moved name."},
    {"borrow/use-uninitialized", "E0381", FINDING_ERROR,
     "a variable is read on a path where it was never assigned",
     "`let x` without an initialiser declares a variable that must be assigned on every path "
     "before it is read.\n\n"
     "    let x: i32\n"
     "    if c { x = 1 }\n"
     "    println!(\"{}\", x)  // error: `x` is uninitialised when `c` is false\n\n"
     "Fix: assign on every path (add an `else`), or give the `let` an initial value."},
    {"grok-verify/config-error", NULL, FINDING_ERROR, "grok.toml could not be applied",
     "A setting in grok.toml is valid TOML but cannot be applied to this run, for example a "
     "severity override naming a rule that does not exist.\n\n"
     "    [rules]\n"
     "    \"borow/use-after-move\" = \"warning\"   # misspelt family\n\n"
     "Fix: correct the key; `grok-verify explain` lists every rule id."},
    {"grok-verify/io-error", NULL, FINDING_ERROR, "a source file could not be read",
     "grok-verify found the file (on the command line or while walking a directory) but could "
     "not read it: permissions, a broken symbolic link, an I/O error, or a file larger than "
     "the source size limit. The file was not checked, so the run exits with status 2.\n\n"
     "    $ chmod 000 src/a.grok && grok-verify check src\n"
     "    error: cannot read `src/a.grok`: Permission denied\n\n"
     "Fix: make the file readable, or exclude it with `exclude` in grok.toml."},
    {"grok-verify/malformed-suppression", NULL, FINDING_WARNING,
     "a suppression comment or attribute could not be understood",
     "Suppressions are written `// grok-verify: ignore[rule_id] reason` at the end of the "
     "line they silence (or alone on the line before it), or `#[allow(rule_id)]` before an "
     "item. Anything else that starts with `grok-verify:` is reported so that a typo never "
     "silently fails to suppress.\n\n"
     "    let x = a / b  // grok-verify: ignore(safety/division-by-zero)   # wrong brackets\n\n"
     "Fix: use square brackets and a rule id or family (`safety/*`), then a reason."},
    {"grok-verify/unclassified", NULL, FINDING_ERROR, "a compiler diagnostic without a rule id",
     "The front end reported a diagnostic that carries no rule id. It is kept (never dropped) "
     "under this id so that reports and --fail-on still see it; the message is the compiler's.\n\n "
     "   error: <message from the compiler>\n\nFix: fix what the message says, and report the "
     "missing rule id as a bug."},
    {"grok-verify/unknown-rule", NULL, FINDING_WARNING,
     "a suppression names a rule that does not exist",
     "The rule id in `#[allow(...)]` or `// grok-verify: ignore[...]` is not in the catalogue, "
     "so it suppresses nothing.\n\n"
     "    // grok-verify: ignore[borrow/use-after-mvoe] moved on purpose\n\n"
     "Fix: correct the id; `grok-verify explain` lists every rule."},
    {"grok-verify/unused-suppression", NULL, FINDING_WARNING,
     "a suppression did not suppress any finding",
     "A suppression that matches nothing is usually left over from code that was fixed, or "
     "names the wrong rule or line. Keeping it would hide a future finding nobody looked at.\n\n"
     "    let y = x + 1  // grok-verify: ignore[safety/overflow] x < 100 here\n"
     "    (no overflow finding on this line any more)\n\n"
     "Fix: delete the suppression, or move it to the line the finding is reported on."},
    {"lock/blocking-while-locked", NULL, FINDING_WARNING,
     "a lock guard is held across a blocking `recv` or `join`",
     "Holding a lock while waiting for another thread invites deadlock: the other thread may "
     "need the same lock to make progress.\n\n"
     "    let g = m.lock()\n"
     "    let v = rx.recv()    // warning: `g` still holds `m`\n\n"
     "Fix: drop the guard first (`drop(g)`) or narrow its scope with a block."},
    {"lock/double-lock", NULL, FINDING_ERROR, "a thread locks a mutex it already holds",
     "Locks are not re-entrant: locking a mutex the current thread holds blocks forever.\n\n"
     "    let a = m.lock()\n"
     "    let b = m.lock()     // error: `m` is already held by `a`\n\n"
     "Fix: reuse the first guard, or drop it before locking again. Remember that a guard lives "
     "to the end of its scope, not to its last use."},
    {"lock/order-cycle", NULL, FINDING_ERROR,
     "two threads take the same locks in opposite orders (potential deadlock)",
     "The lock graph has a cycle: one thread holds A and waits for B while another holds B "
     "and waits for A. The witness trace lists each edge with the place the locks are "
     "taken.\n\n"
     "    spawn { let x = a.lock(); let y = b.lock() }\n"
     "    spawn { let y = b.lock(); let x = a.lock() }   // error: cycle a -> b -> a\n\n"
     "Fix: take locks in one global order everywhere, or merge them into one lock."},
    {"safety/assert-failure", NULL, FINDING_ERROR, "an `assert!` can fail",
     "Z3 found inputs that reach the assertion with its condition false. The counterexample "
     "is shown as notes.\n\n"
     "    fn half(n: i32) -> i32 { assert!(n % 2 == 0); n / 2 }\n"
     "    half(3)              // error: assertion fails for n = 3\n\n"
     "Fix: establish the condition before the call, or state it as `#[requires(...)]`."},
    {"safety/division-by-zero", NULL, FINDING_ERROR,
     "a division or remainder can have a zero divisor (or overflow as MIN / -1)",
     "`/` and `%` panic when the divisor is zero and when dividing the minimum value by -1. "
     "Z3 found a reachable state where that happens.\n\n"
     "    fn avg(sum: i32, n: i32) -> i32 { sum / n }   // error: n = 0 reaches the division\n\n"
     "Fix: check the divisor first (`if n == 0 { return 0 }`) or require it with "
     "`#[requires(n != 0)]`."},
    {"safety/ensures-violated", NULL, FINDING_ERROR,
     "a function can return a value that breaks its `#[ensures]` clause",
     "The postcondition does not hold on some path. The counterexample gives the inputs and "
     "the returned value.\n\n"
     "    #[ensures(result >= 0)]\n"
     "    fn f(x: i32) -> i32 { x - 1 }   // error: x = 0 returns -1\n\n"
     "Fix: correct the body or weaken the clause."},
    {"safety/index-out-of-bounds", NULL, FINDING_ERROR, "an index can be out of bounds",
     "Indexing `v[i]` panics when `i >= len`. Z3 found a reachable index outside the "
     "bounds.\n\n"
     "    fn last(v: &Vec<i32>) -> i32 { v[v.len()] }   // error: index equals the length\n\n"
     "Fix: compare against the length first, or use `get` and handle `None`."},
    {"safety/overflow", NULL, FINDING_ERROR, "integer arithmetic can overflow (and panic)",
     "`+ - *` and negation panic on overflow. Z3 found inputs for which the result does not "
     "fit the type.\n\n"
     "    fn inc(x: u8) -> u8 { x + 1 }   // error: x = 255 overflows\n\n"
     "Fix: use `checked_add`/`wrapping_add`/`saturating_add`, widen the type, or require a "
     "bound with `#[requires(x < 255)]`."},
    {"safety/requires-violated", NULL, FINDING_ERROR,
     "a call can violate the callee's `#[requires]` clause",
     "The caller does not establish the callee's precondition on every path.\n\n"
     "    #[requires(n > 0)]\n"
     "    fn f(n: i32) -> i32 { 100 / n }\n"
     "    f(x - x)             // error: argument 0 violates `n > 0`\n\n"
     "Fix: check the argument before the call, or propagate the clause to the caller."},
    {"safety/shift-overflow", NULL, FINDING_ERROR, "a shift amount can be at least the bit width",
     "`<<` and `>>` panic when the shift amount is >= the bit width of the type.\n\n"
     "    fn bit(n: u32) -> u32 { 1u32 << n }   // error: n = 32\n\n"
     "Fix: mask the amount (`n & 31`) or require `n < 32`."},
    {"syntax/assign-in-condition", "E0054", FINDING_ERROR, "`=` used where a condition is expected",
     "An `if` or `while` condition contains an assignment. GrokLang, like Rust, has no assignment "
     "expressions in conditions; this is almost always a mistyped `==`.\n\n    if x = 3 { ... }    "
     " // error: did you mean `x == 3`?\n\nFix: compare with `==`, or assign before the `if`."},
    {"syntax/bad-attribute", "E0058", FINDING_ERROR, "a malformed decorator",
     "A decorator must be `#[name]`, `#[name(arg, ...)]` or `#[name = \"value\"]`, with `key = "
     "\"value\"` or bare-word arguments, and must come before an item.\n\n    #[requires n > 0]    "
     "// error: arguments need parentheses\n    fn f(n: i32) {}\n\nFix: write the decorator as "
     "LANGUAGE.md §2 shows (`#[requires(n > 0)]`)."},
    {"syntax/bad-self-param", "E0068", FINDING_ERROR,
     "`self` in a position where it is not allowed",
     "`self`, `&self` and `&mut self` may only be the first parameter of a function inside an "
     "`impl` or `trait` block.\n\n    fn area(x: i32, &self) -> f64 { ... }   // error: `self` "
     "must come first\n\nFix: move `self` to the first position, or remove it from a free "
     "function."},
    {"syntax/bad-tuple-index", "E0069", FINDING_ERROR,
     "a tuple field index that is not a plain integer",
     "Tuple fields are accessed with a plain decimal integer (`t.0`, `t.1`); suffixes, "
     "underscores, and other number forms are not field names.\n\n    let a = pair.0u8     // "
     "error: write `pair.0`\n\nFix: use the bare index."},
    {"syntax/bare-cr", "E0011", FINDING_ERROR,
     "a carriage return not followed by a line feed inside a literal",
     "A lone CR inside a string is almost always a file saved with old Mac line endings or damaged "
     "by a tool; it is rejected rather than silently kept.\n\n    let s = \"line one<CR>line "
     "two\"\n\nFix: convert the file to LF (or CRLF) line endings, or write `\\r` explicitly."},
    {"syntax/chained-comparison", "E0053", FINDING_ERROR,
     "comparison operators chained without parentheses",
     "`a < b < c` does not mean what it does in mathematics; as in Rust it is rejected.\n\n    if "
     "0 < x < 10 { ... }    // error\n\nFix: write `0 < x && x < 10`."},
    {"syntax/char-too-long", "E0009", FINDING_ERROR, "a char literal holds more than one character",
     "A `char` is one Unicode scalar value. Several characters need a string.\n\n    let c = 'ab'  "
     "       // error\n\nFix: use a string (`\"ab\"`) or a single character."},
    {"syntax/doc-comment-not-item", "E0067", FINDING_ERROR, "a doc comment that documents nothing",
     "A `///` comment must be followed by the item, field or variant it documents; at the end of a "
     "block or file it documents nothing.\n\n    fn f() {}\n    /// trailing docs      // error: "
     "nothing follows\n\nFix: move the comment above an item, or make it a plain `//` comment."},
    {"syntax/duplicate-module", "E0082", FINDING_ERROR, "a module declared twice in one scope",
     "Two `mod m` items with the same name in one module would both claim the same file and the "
     "same path.\n\n    mod util;\n    mod util;            // error: `util` is already "
     "declared\n\nFix: remove one declaration (or rename one module)."},
    {"syntax/empty-char", "E0008", FINDING_ERROR, "an empty char literal `''`",
     "A char literal must contain exactly one character.\n\n    let c = ''           // "
     "error\n\nFix: put a character in it (`' '` for a space) or use an empty string `\"\"`."},
    {"syntax/expected-expression", "E0063", FINDING_ERROR, "an expression was expected here",
     "The parser reached a place where the grammar needs an expression (after an operator, `=`, "
     "`return`, in an argument list) and found something else.\n\n    let x = 1 +          // "
     "error: expected an expression after `+`\n\nFix: complete the expression; a binary operator "
     "that continues on the next line goes at the end of the line, not the start of the next."},
    {"syntax/expected-item", "E0062", FINDING_ERROR, "an item was expected at this level",
     "At the top level of a file or module only items may appear: `fn`, `struct`, `enum`, `trait`, "
     "`impl`, `const`, `static`, `mod`, `use`, `extern`, `actor`. Statements belong inside "
     "functions.\n\n    let x = 5            // error: `let` outside a function\n\nFix: move the "
     "statement into a function, or make it a `const`."},
    {"syntax/expected-pattern", "E0064", FINDING_ERROR, "a pattern was expected here",
     "After `let`, in `match` arms, `for ... in` and parameters the grammar needs a pattern (a "
     "name, `_`, a literal, a tuple, struct or enum pattern).\n\n    match x { => 1 }      // "
     "error: the arm has no pattern\n\nFix: write the pattern, or `_` to match anything."},
    {"syntax/expected-token", "E0050", FINDING_ERROR, "a specific token was expected here",
     "The parser needed a particular token (`;`, `)`, `}`, `=>`, `:` ...) and found another one. "
     "The message names both.\n\n    fn f(a: i32 b: i32) {}   // error: expected `,` or `)`, found "
     "`b`\n\nFix: insert the expected token or remove the unexpected one."},
    {"syntax/expected-type", "E0065", FINDING_ERROR, "a type was expected here",
     "After `:` in a `let` or parameter, after `->`, and in generic arguments the grammar needs a "
     "type.\n\n    fn f(x: ) {}          // error: expected a type\n\nFix: write the type, or "
     "leave the annotation out where inference allows it."},
    {"syntax/float-out-of-range", "E0019", FINDING_ERROR, "a float literal too large for its type",
     "The literal is finite in decimal but overflows the binary format (`f64` up to about 1.8e308, "
     "`f32` up to about 3.4e38).\n\n    let x = 1e400        // error\n    let y = 1e39f32      // "
     "error\n\nFix: use a smaller value, `f64` instead of `f32`, or `f64::INFINITY` when infinity "
     "is meant."},
    {"syntax/int-out-of-range", "E0013", FINDING_ERROR,
     "an integer literal too large for its suffix type",
     "A suffixed literal must fit its type.\n\n    let b = 300u8        // error: u8 holds "
     "0..=255\n\nFix: choose a wider type or a smaller value."},
    {"syntax/int-too-large", "E0012", FINDING_ERROR, "an integer literal above u64::MAX",
     "No integer type can hold the literal (`i128`/`u128` are reserved).\n\n    let n = "
     "18446744073709551616   // error: u64::MAX + 1\n\nFix: use a smaller value, or a float if an "
     "approximation is acceptable."},
    {"syntax/invalid-digit", "E0015", FINDING_ERROR, "a digit not allowed in the literal's base",
     "Binary literals take 0-1, octal 0-7, hexadecimal 0-9 and a-f.\n\n    let a = 0b102        // "
     "error: `2` is not binary\n    let b = 0o78         // error: `8` is not octal\n\nFix: "
     "correct the digits or the base prefix."},
    {"syntax/invalid-escape", "E0006", FINDING_ERROR,
     "a `\\x` escape that is too short or above 0x7F",
     "`\\xNN` takes exactly two hex digits and, because strings are UTF-8, may only encode ASCII "
     "(up to `\\x7F`).\n\n    let s = \"\\xE9\"        // error: use \"\\u{E9}\" for é\n\nFix: use "
     "`\\u{...}` for characters above 0x7F."},
    {"syntax/invalid-suffix", "E0014", FINDING_ERROR, "an unknown or misplaced literal suffix",
     "Integer suffixes are `i8 .. i64, isize, u8 .. u64, usize`; float suffixes are `f32` and "
     "`f64`. A float literal cannot take an integer suffix.\n\n    let a = 12abc        // error\n "
     "   let b = 1.5u8        // error\n\nFix: remove the suffix or use a valid one (`as` converts "
     "between types)."},
    {"syntax/invalid-unicode-escape", "E0007", FINDING_ERROR, "a malformed `\\u{...}` escape",
     "`\\u{...}` takes 1 to 6 hex digits in braces naming a Unicode scalar value: not a surrogate "
     "(D800-DFFF), not above 10FFFF.\n\n    let a = \"\\u{D800}\"    // error: surrogate\n    let "
     "b = \"\\u1F600\"     // error: braces are required\n\nFix: write `\\u{1F600}` with a valid "
     "scalar value."},
    {"syntax/invalid-utf8", "E0020", FINDING_ERROR, "the file is not valid UTF-8",
     "Source files must be UTF-8. The span points at the first byte of the invalid sequence; a "
     "Latin-1 `é` saved as the single byte 0xE9 is the usual cause. The rest of the file is not "
     "lexed, so this is the file's only error.\n\n    $ printf 'fn f() { \"caf\\xe9\" }' > "
     "a.grok\n\nFix: re-encode the file as UTF-8 (`iconv -f latin1 -t utf-8`)."},
    {"syntax/let-without-pattern", "E0057", FINDING_ERROR, "`let` without a name or pattern",
     "A `let` must bind something.\n\n    let = 5              // error\n\nFix: name the variable "
     "(`let x = 5`), or use `_` to discard the value."},
    {"syntax/mismatched-delimiter", "E0052", FINDING_ERROR,
     "a closing delimiter that does not match the open one",
     "A `)`, `]` or `}` closes a different kind of delimiter than the innermost open one. The "
     "secondary span shows the opening delimiter.\n\n    let v = foo(1, 2]     // error: `(` "
     "closed by `]`\n\nFix: close with the matching delimiter."},
    {"syntax/missing-comma", "E0055", FINDING_ERROR, "a missing `,` between elements",
     "Elements of argument lists, struct literals, tuples and arrays are separated by commas (only "
     "`match` arms may be separated by newlines).\n\n    Point { x: 1 y: 2 }   // error: expected "
     "`,` before `y`\n\nFix: add the comma."},
    {"syntax/missing-digits", "E0016", FINDING_ERROR, "a base prefix or exponent without digits",
     "`0x`, `0b` and `0o` must be followed by at least one digit (underscores alone do not "
     "count).\n\n    let a = 0x           // error\n    let b = 0b_          // error\n\nFix: add "
     "the digits."},
    {"syntax/missing-exponent", "E0017", FINDING_ERROR, "an exponent marker without digits",
     "After `e`/`E` (and an optional sign) a float literal needs exponent digits.\n\n    let x = "
     "2.5e+        // error\n\nFix: add the exponent (`2.5e+3`) or remove the `e`."},
    {"syntax/missing-fn-body", "E0056", FINDING_ERROR, "a function without a body",
     "Only functions in `trait` declarations and `extern` blocks may end with `;` instead of a "
     "body.\n\n    fn f(x: i32) -> i32;     // error at top level\n\nFix: give the function a `{ "
     "... }` body, or move the declaration into a trait or extern block."},
    {"syntax/module-cycle", "E0081", FINDING_ERROR,
     "`mod` declarations that load each other in a loop",
     "Following `mod m;` items from file to file came back to a file already being loaded, so the "
     "module tree would be infinite. The notes list the chain.\n\n    // a.grok: mod b;     "
     "b.grok: mod a;   (in a folder layout that maps back)\n\nFix: break the loop; a module tree "
     "has each file exactly once."},
    {"syntax/module-file-reused", "E0083", FINDING_ERROR,
     "one file loaded as two different modules",
     "Two `mod` declarations resolved to the same file (for example through `m.grok` and a path "
     "attribute or a symbolic link), which would make its items exist twice.\n\n    mod a;   // "
     "loads shared.grok via a link\n    mod b;   // loads shared.grok again\n\nFix: declare the "
     "module once and `use` it from the other place."},
    {"syntax/module-not-found", "E0080", FINDING_ERROR, "`mod m;` with no `m.grok` or `m/mod.grok`",
     "`mod m;` loads `m.grok`, or else `m/mod.grok`, next to the declaring file (inside an inline "
     "`mod a { }`, in its folder `a/`). Neither exists.\n\n    mod utils;           // error: no "
     "utils.grok or utils/mod.grok\n\nFix: create the file, correct the name, or write the module "
     "inline: `mod utils { ... }`."},
    {"syntax/module-unreadable", "E0084", FINDING_ERROR, "a module file exists but cannot be read",
     "The file for `mod m;` was found but reading it failed (permissions, an I/O error, a "
     "directory where a file was expected).\n\n    $ chmod 000 utils.grok\n    mod utils;          "
     " // error: cannot read utils.grok\n\nFix: make the file readable."},
    {"syntax/nesting-too-deep", "E0060", FINDING_ERROR, "expressions or blocks nested too deeply",
     "The parser limits nesting depth (parentheses, blocks, brackets) so that machine-generated or "
     "hostile input cannot exhaust the stack.\n\n    let x = ((((((((...  // thousands of "
     "levels\n\nFix: split the expression into named intermediate values or smaller functions."},
    {"syntax/non-decimal-float", "E0018", FINDING_ERROR, "a float written in a non-decimal base",
     "Floats are decimal only; a hex, octal or binary literal cannot have a fraction, exponent or "
     "float suffix.\n\n    let x = 0x1.5        // error\n    let y = 0b1f32       // "
     "error\n\nFix: write the value in decimal, or convert an integer with `as f64`."},
    {"syntax/nul-byte", "E0021", FINDING_ERROR, "a NUL byte in the source text",
     "NUL bytes are only allowed inside comments and literals (and there only as the escape `\\0` "
     "is recommended). Elsewhere they usually mean a binary or UTF-16 file was passed as "
     "source.\n\n    $ printf 'fn f() {}\\0' > a.grok\n\nFix: remove the byte, or save the file as "
     "UTF-8 rather than UTF-16."},
    {"syntax/raw-string-delimiter", "E0023", FINDING_ERROR,
     "a raw string with more than 255 `#` delimiters",
     "Raw strings are written `r\"...\"`, `r#\"...\"#` and so on, with at most 255 `#` on each "
     "side.\n\n    r########...#\"text\"#...   // error: 300 `#`\n\nFix: use fewer `#` (one more "
     "than the longest `\"#...` run in the text is enough)."},
    {"syntax/struct-literal-in-condition", "E0061", FINDING_ERROR,
     "a struct literal directly in an `if`/`while`/`match` head",
     "As in Rust, `if x == S { ... }` would be ambiguous between a struct literal and the block, "
     "so struct literals are not allowed there without parentheses.\n\n    if p == Point { x: 0, "
     "y: 0 } { ... }   // error\n\nFix: wrap it in parentheses: `if p == (Point { x: 0, y: 0 }) { "
     "... }`."},
    {"syntax/unclosed-delimiter", "E0051", FINDING_ERROR, "a `(`, `[` or `{` that is never closed",
     "The file ended while a delimiter was still open. The span points at the opening "
     "delimiter.\n\n    fn main() {\n        println!(\"hi\")\n    // end of file: `{` never "
     "closed\n\nFix: add the missing closing delimiter."},
    {"syntax/unescaped-char", "E0010", FINDING_ERROR,
     "a character that must be escaped inside a char literal",
     "A `'`, a raw newline or a tab cannot appear directly inside a char literal.\n\n    let q = "
     "'''          // error: write '\\''\n\nFix: use the escape (`'\\''`, `'\\n'`, `'\\t'`)."},
    {"syntax/unknown-attribute", "E0059", FINDING_ERROR, "a decorator that GrokLang does not know",
     "Only the decorators of LANGUAGE.md §2 are accepted; an unknown one is an error rather than "
     "being ignored, so a typo never silently disables a check or an optimisation.\n\n    "
     "#[ai_optimise]       // error: did you mean `ai_optimize`?\n    fn f() {}\n\nFix: correct "
     "the name."},
    {"syntax/unknown-char", "E0022", FINDING_ERROR, "a character that cannot start any token",
     "Outside strings and comments only the characters of LANGUAGE.md §1 may appear. There is no "
     "`~` (use `!`), no `$`, and typographic quotes pasted from a document are not `\"`.\n\n    "
     "let x = ~y           // error: use `!y`\n\nFix: remove the character or use the GrokLang "
     "spelling."},
    {"syntax/unknown-escape", "E0005", FINDING_ERROR, "an escape sequence that does not exist",
     "Valid escapes are `\\n \\t \\r \\\" \\' \\\\ \\0 \\xNN \\u{...}`.\n\n    let p = "
     "\"C:\\path\"     // error: `\\p`\n\nFix: escape the backslash (`\\\\`) or use a raw string "
     "(`r\"C:\\path\"`)."},
    {"syntax/unterminated-char", "E0004", FINDING_ERROR,
     "a `'` that starts neither a char literal nor a label",
     "A quote must start a char literal closed on the same line (`'a'`) or a loop label followed "
     "by `:` (`'outer: loop`).\n\n    let c = 'a           // error: missing closing `'`\n\nFix: "
     "close the literal, or complete the label."},
    {"syntax/unterminated-comment", "E0001", FINDING_ERROR, "a block comment is never closed",
     "Block comments nest, so every `/*` needs its own `*/`; the span points at the opening that "
     "is still open at the end of the file.\n\n    /* outer /* inner */   // error: the outer "
     "comment is never closed\n\nFix: add the missing `*/`."},
    {"syntax/unterminated-string", "E0002", FINDING_ERROR, "a string literal is never closed",
     "The string (or raw string, E0003) runs to the end of the file without its closing quote "
     "(`\"`, or `\"#` for `r#\"`).\n\n    let s = \"hello\n\nFix: add the closing quote; escape "
     "quotes inside the literal as `\\\"`, or use a raw string with enough `#`."},
    {"type/arity", NULL, FINDING_ERROR, "a function is called with the wrong number of arguments",
     "The call passes more or fewer arguments than the function declares.\n\n"
     "    fn add(a: i32, b: i32) -> i32 { a + b }\n"
     "    add(1)               // error: expected 2 arguments, found 1\n\n"
     "Fix: pass every parameter."},
    {"type/mismatch", NULL, FINDING_ERROR, "an expression has a different type than expected",
     "Inference found two types that must be equal but are not.\n\n"
     "    let x: i32 = \"five\"   // error: expected `i32`, found `str`\n\n"
     "Fix: convert explicitly (`as` for numbers), or change the annotation."},
    {"type/missing-impl", NULL, FINDING_ERROR, "a type does not implement a required trait",
     "A trait bound (`T: Ord`), an operator or a method needs an impl that does not exist.\n\n"
     "    struct P { x: i32 }\n"
     "    largest(&vec![P { x: 1 }])   // error: `P` does not implement `Ord`\n\n"
     "Fix: add the impl (or `#[derive(...)]`), or relax the bound."},
    {"type/non-exhaustive-match", NULL, FINDING_ERROR, "a `match` does not cover every value",
     "Every value of the scrutinee's type must match some arm. The message lists a pattern "
     "that is not covered.\n\n"
     "    match shape { Shape::Circle(r) => r }   // error: `Rect { .. }` and `Empty` missing\n\n"
     "Fix: add the missing arms or a `_ =>` arm."},
    {"type/non-send-capture", NULL, FINDING_ERROR,
     "a value that is not `Send` is captured by `spawn` or sent on a channel",
     "`Rc<T>` and references to locals may not cross threads.\n\n"
     "    let r = Rc::new(1)\n"
     "    spawn move || println!(\"{}\", r)   // error: `Rc<i32>` is not `Send`\n\n"
     "Fix: use `Arc<T>` instead of `Rc<T>`, or move owned data."},
    {"type/reference-return", NULL, FINDING_ERROR,
     "a returned reference has no lifetime by the elision rules",
     "GrokLang has no lifetime syntax; a function may return a reference only when it has "
     "exactly one reference parameter or `&self`.\n\n"
     "    fn pick(a: &String, b: &String) -> &String { a }   // error: two reference parameters\n\n"
     "Fix: return an owned value, or take one reference parameter."},
    {"type/unknown-name", NULL, FINDING_ERROR, "a name that is not defined in this scope",
     "The variable, function, type or module is not declared (or not `pub` where it is "
     "used).\n\n"
     "    fn f() -> i32 { y + 1 }   // error: cannot find `y`\n\n"
     "Fix: declare it, import it with `use`, or correct the spelling."},
    {"verify/pass-refuted", NULL, FINDING_ERROR,
     "an optimizer pass changed the meaning of a function",
     "Translation validation found inputs for which the function before the pass and after "
     "it have different outcomes (value, `&mut` contents, output or panic). This is a "
     "compiler bug; the counterexample is confirmed on the VM.\n\n"
     "    tv/sccp: f(x = 2147483647) returns 0 before, panics after\n\n"
     "Fix: report it with the counterexample; build with the pass disabled meanwhile."},
    {"verify/pass-unknown", NULL, FINDING_WARNING,
     "an optimizer pass could not be proved correct on a function",
     "Z3 neither proved nor refuted the pass on this function: a timeout, a construct the "
     "encoder does not support, or a loop beyond the unroll bound. The reason is given.\n\n"
     "    tv/licm: unknown (timeout after 10 s)\n\n"
     "Fix: raise `--smt-timeout`, or accept the pass unverified for this function."},
    {"verify/rewrite-refuted", NULL, FINDING_ERROR,
     "an AI or hand rewrite is not equivalent to the original",
     "The equivalence checker found inputs on which the rewrite and the original differ. The "
     "counterexample gives both outcomes and was re-executed on the VM.\n\n"
     "    #[ai_optimize] fn abs(x: i32) -> i32 ...   // refuted: x = -2147483648\n\n"
     "Fix: reject the rewrite; the original stays in place."},
    {"verify/rewrite-unknown", NULL, FINDING_WARNING,
     "a rewrite could not be proved equivalent to the original",
     "Z3 answered UNKNOWN (timeout, unsupported construct, loop beyond the unroll bound). "
     "An unknown verdict is never treated as proved, so the rewrite is not applied.\n\n"
     "    equiv: unknown (loop beyond unroll bound 16)\n\n"
     "Fix: raise `--smt-timeout` or the unroll bound, or simplify the function."},
};

static const int NRULES = (int)(sizeof(RULES) / sizeof(RULES[0]));

static int compare_id(const void *key, const void *elem) {
    return strcmp((const char *)key, ((const RuleInfo *)elem)->id);
}

const RuleInfo *rule_lookup(const char *id) {
    if (!id)
        return NULL;
    return bsearch(id, RULES, (size_t)NRULES, sizeof(RULES[0]), compare_id);
}

const RuleInfo *rule_all(int *count) {
    *count = NRULES;
    return RULES;
}

int rule_matches(const char *pattern, const char *id) {
    if (!pattern || !id)
        return 0;
    if (strcmp(pattern, "*") == 0 || strcmp(pattern, id) == 0)
        return 1;
    size_t n = strlen(pattern);
    if (n >= 2 && pattern[n - 2] == '/' && pattern[n - 1] == '*')
        n -= 2;
    else if (strchr(pattern, '/'))
        return 0;
    return strncmp(pattern, id, n) == 0 && id[n] == '/';
}
