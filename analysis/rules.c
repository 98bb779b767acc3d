/* The rule catalogue (LANGUAGE.md §6). Kept sorted by id so lookups can
 * bisect and `grok-verify explain` lists rules in a stable order; a unit
 * test checks the order. Codes follow rustc's where rustc has the same
 * error, and E01xx for GrokLang's syntax errors. */
#include "rules.h"

#include <stdlib.h>
#include <string.h>

static const RuleInfo RULES[] = {
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
    {"syntax/error", "E0101", FINDING_ERROR, "the source text is not valid GrokLang",
     "The parser could not make sense of the text at this point. The message says what was "
     "expected; parsing resumes at the next statement or item, so later errors are still "
     "reported.\n\n"
     "    fn f( { }            // error: expected a parameter or `)`\n\n"
     "Fix: follow the grammar of LANGUAGE.md §2–§4."},
    {"syntax/expected-token", "E0100", FINDING_ERROR, "a specific token was expected here",
     "The parser needed a particular token (`;`, `)`, `}`, `=>`...) and found another one.\n\n"
     "    let x = (1 + 2       // error: expected `)`, found end of line\n\n"
     "Fix: insert the expected token or remove the unexpected one."},
    {"syntax/invalid-character", "E0102", FINDING_ERROR, "a character that cannot start any token",
     "Outside strings and comments only the characters of LANGUAGE.md §1 may appear (there "
     "is no `~`, `$` or backtick).\n\n"
     "    let x = ~y           // error: use `!y` for bitwise not\n\n"
     "Fix: remove the character or use the GrokLang spelling."},
    {"syntax/invalid-escape", "E0103", FINDING_ERROR,
     "an unknown or malformed escape in a string or char literal",
     "Valid escapes are `\\n \\t \\r \\\" \\' \\\\ \\0 \\xNN` (NN <= 7F) and `\\u{...}` with a "
     "Unicode scalar value.\n\n"
     "    let s = \"C:\\path\"    // error: `\\p` is not an escape\n\n"
     "Fix: escape the backslash (`\\\\`) or use a raw string (`r\"C:\\path\"`)."},
    {"syntax/invalid-number", "E0104", FINDING_ERROR, "a malformed or out-of-range numeric literal",
     "A digit not allowed by the base, a misplaced `_`, an unknown suffix, or a value that "
     "does not fit the suffix type.\n\n"
     "    let a = 0b102        // error: `2` is not a binary digit\n"
     "    let b = 300u8        // error: 300 does not fit u8\n\n"
     "Fix: correct the digits or choose a wider type."},
    {"syntax/invalid-utf8", "E0105", FINDING_ERROR, "the file is not valid UTF-8",
     "Source files must be UTF-8. The span points at the first byte of the invalid "
     "sequence (a Latin-1 `é` saved as the single byte 0xE9 is the usual cause).\n\n"
     "    $ printf 'fn f() { \"caf\\xe9\" }' > a.grok\n\n"
     "Fix: re-encode the file as UTF-8 (`iconv -f latin1 -t utf-8`)."},
    {"syntax/unknown-decorator", "E0109", FINDING_ERROR, "a decorator that GrokLang does not know",
     "Only the decorators of LANGUAGE.md §2 are accepted; an unknown one is an error rather "
     "than being ignored, so a typo never disables a check.\n\n"
     "    #[ai_optimise]       // error: did you mean `ai_optimize`?\n"
     "    fn f() {}\n\n"
     "Fix: correct the name."},
    {"syntax/unterminated-comment", "E0107", FINDING_ERROR, "a block comment is never closed",
     "Block comments nest, so every `/*` needs its own `*/`.\n\n"
     "    /* outer /* inner */   // error: the outer comment is still open at end of file\n\n"
     "Fix: add the missing `*/`."},
    {"syntax/unterminated-string", "E0108", FINDING_ERROR,
     "a string or char literal is never closed",
     "The literal runs to the end of the file without its closing quote.\n\n"
     "    let s = \"hello\n\n"
     "Fix: add the closing quote; escape quotes inside the literal as `\\\"`."},
    {"type/arity", "E0061", FINDING_ERROR,
     "a function is called with the wrong number of arguments",
     "The call passes more or fewer arguments than the function declares.\n\n"
     "    fn add(a: i32, b: i32) -> i32 { a + b }\n"
     "    add(1)               // error: expected 2 arguments, found 1\n\n"
     "Fix: pass every parameter."},
    {"type/mismatch", "E0308", FINDING_ERROR, "an expression has a different type than expected",
     "Inference found two types that must be equal but are not.\n\n"
     "    let x: i32 = \"five\"   // error: expected `i32`, found `str`\n\n"
     "Fix: convert explicitly (`as` for numbers), or change the annotation."},
    {"type/missing-impl", "E0277", FINDING_ERROR, "a type does not implement a required trait",
     "A trait bound (`T: Ord`), an operator or a method needs an impl that does not exist.\n\n"
     "    struct P { x: i32 }\n"
     "    largest(&vec![P { x: 1 }])   // error: `P` does not implement `Ord`\n\n"
     "Fix: add the impl (or `#[derive(...)]`), or relax the bound."},
    {"type/non-exhaustive-match", "E0004", FINDING_ERROR, "a `match` does not cover every value",
     "Every value of the scrutinee's type must match some arm. The message lists a pattern "
     "that is not covered.\n\n"
     "    match shape { Shape::Circle(r) => r }   // error: `Rect { .. }` and `Empty` missing\n\n"
     "Fix: add the missing arms or a `_ =>` arm."},
    {"type/non-send-capture", "E0277", FINDING_ERROR,
     "a value that is not `Send` is captured by `spawn` or sent on a channel",
     "`Rc<T>` and references to locals may not cross threads.\n\n"
     "    let r = Rc::new(1)\n"
     "    spawn move || println!(\"{}\", r)   // error: `Rc<i32>` is not `Send`\n\n"
     "Fix: use `Arc<T>` instead of `Rc<T>`, or move owned data."},
    {"type/reference-return", "E0106", FINDING_ERROR,
     "a returned reference has no lifetime by the elision rules",
     "GrokLang has no lifetime syntax; a function may return a reference only when it has "
     "exactly one reference parameter or `&self`.\n\n"
     "    fn pick(a: &String, b: &String) -> &String { a }   // error: two reference parameters\n\n"
     "Fix: return an owned value, or take one reference parameter."},
    {"type/unknown-name", "E0425", FINDING_ERROR, "a name that is not defined in this scope",
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
