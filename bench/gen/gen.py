#!/usr/bin/env python3
"""Deterministic generator of realistic GrokLang programs, with Rust and C twins.

    gen.py --lines N --seed S --out DIR [--files K] [--c]

writes DIR/prog.grok (about N lines; with --files K, DIR/prog.grok declares
K modules DIR/partNNNN.grok that hold the code), DIR/prog.rs (the same
program in Rust: same functions, same statements, line for line) and, with
--c, DIR/prog.c (a C program of about N lines with the same shape: structs,
enums, switch, loops, string formatting) for `gcc -fsyntax-only`.

The program is a sequence of units. A unit has its own enum, struct, error
enum, trait with a default method, generic container, helpers, and 6-12
functions of 10-80 lines built from statement blocks (loops, exhaustive
matches, & and &mut borrows, Vec and Map use, closures, string formatting),
plus functions that use threads with channels, Arc<Mutex> locks (always taken
in one global order, so there is no lock-order cycle) and Result/Option with
`?`. Everything is well-typed and borrow-correct: rustc accepts the twin.

Templates are written once, in Rust layout with markers, and rendered twice:
  `;` at a line end   Rust keeps it, GrokLang drops it (newline ends it)
  `;!` at a line end  both keep `;` (discards a non-() value at a block end)
  `@sstr` / `@str`    GrokLang `str`; Rust `&'static str` / `&str`
  `.lock()`           Rust adds `.unwrap()` (GrokLang returns the guard)
  `@spawn{` `@endspawn`  GrokLang `spawn {` `}`; Rust `thread::spawn(move || {` `})`
  `@Some(`            in `while let` over recv(): GrokLang Some, Rust Ok
"""
import argparse
import os
import random
import sys

NOUNS = ["order", "sensor", "account", "packet", "ticket", "invoice", "route",
         "sample", "job", "track", "device", "player", "reading", "batch",
         "shipment", "record", "message", "task", "asset", "ledger", "frame",
         "cell", "node", "quote", "lease", "cargo", "signal", "voucher"]
VARIANTS = ["Idle", "Active", "Pending", "Closed", "Failed", "Retry", "Queued",
            "Done", "Paused", "Blocked", "Open", "Split", "Merged", "Stale"]
WORDS = ["alpha", "beta", "gamma", "delta", "north", "south", "river", "stone",
         "maple", "cedar", "amber", "coral", "ember", "frost", "glade", "harbor"]
VERBS = ["process", "update", "merge", "score", "scan", "route", "balance",
         "filter", "settle", "rank", "audit", "compact", "reduce", "sync"]

RUST_PRELUDE = [
    "#![allow(dead_code, unused, non_snake_case, unreachable_patterns)]",
    "use std::collections::HashMap as Map;",
    "use std::sync::mpsc::{channel, Receiver, Sender};",
    "use std::sync::{Arc, Mutex, RwLock};",
    "use std::thread;",
]


def render_grok(line):
    if line.endswith(";!"):
        line = line[:-1]
    elif line.endswith(";"):
        line = line[:-1]
    if "@" in line:
        line = (line.replace("@sstr", "str").replace("@str", "str")
                .replace("@spawn{", "spawn {").replace("@endspawn", "}")
                .replace("@Some(", "Some("))
    return line


def render_rust(line):
    if line.endswith(";!"):
        line = line[:-1]
    if "@" in line:
        line = (line.replace("@sstr", "&'static str").replace("@str", "&str")
                .replace("@spawn{", "thread::spawn(move || {")
                .replace("@endspawn", "})").replace("@Some(", "Ok("))
    if ".lock()" in line:
        line = line.replace(".lock()", ".lock().unwrap()")
    return line


class Unit:
    """Names and shapes shared by every function of one unit."""

    def __init__(self, rng, uid):
        self.rng = rng
        self.uid = uid
        noun = rng.choice(NOUNS)
        cap = noun.capitalize()
        self.rec = f"{cap}{uid}"
        self.kind = f"{cap}Kind{uid}"
        self.err = f"{cap}Error{uid}"
        self.trait = f"Scored{uid}"
        self.bin = f"Bin{uid}"
        self.noun = noun
        names = rng.sample(VARIANTS, rng.randint(3, 6))
        # variant 0 is a unit variant (the default kind); the others vary.
        self.variants = [(names[0], "unit")]
        for name in names[1:]:
            self.variants.append((name, rng.choice(["unit", "tuple", "struct"])))
        self.limit = rng.randint(50, 500)
        self.fn_count = 0

    def fname(self):
        self.fn_count += 1
        return f"{self.rng.choice(VERBS)}_{self.noun}_{self.uid}_{self.fn_count}"

    def kind_expr(self, arg):
        """An expression constructing a random variant of the unit's enum."""
        name, shape = self.rng.choice(self.variants)
        if shape == "unit":
            return f"{self.kind}::{name}"
        if shape == "tuple":
            return f"{self.kind}::{name}({arg})"
        return f"{self.kind}::{name} {{ left: {arg}, right: {self.rng.randint(1, 9)} }}"

    def kind_arms(self, ind, acc):
        """Exhaustive match arms over the unit's enum, updating ACC."""
        r = self.rng
        out = []
        for name, shape in self.variants:
            k = r.randint(1, 97)
            if shape == "unit":
                out.append(f"{ind}{self.kind}::{name} => {acc} = {acc}.wrapping_add({k}),")
            elif shape == "tuple":
                out.append(f"{ind}{self.kind}::{name}(n) => {acc} = {acc}.wrapping_mul({k}).wrapping_add(n),")
            else:
                out += [f"{ind}{self.kind}::{name} {{ left, right }} => {{",
                        f"{ind}    {acc} = {acc}.wrapping_add(left);",
                        f"{ind}    {acc} = {acc}.wrapping_sub(right.wrapping_mul({k}));",
                        f"{ind}}}"]
        return out


def unit_header(u):
    """Types, trait, impls and helpers of one unit."""
    r = u.rng
    L = ["#[derive(Clone, Copy, Debug, PartialEq)]", f"enum {u.kind} {{"]
    for name, shape in u.variants:
        if shape == "unit":
            L.append(f"    {name},")
        elif shape == "tuple":
            L.append(f"    {name}(i64),")
        else:
            L.append(f"    {name} {{ left: i64, right: i64 }},")
    L += ["}", "",
          "#[derive(Clone, Debug)]", f"struct {u.rec} {{",
          "    id: i64,", "    label: String,", "    weight: f64,",
          "    values: Vec<i64>,", f"    kind: {u.kind},", "    tag: @sstr,", "}", "",
          "#[derive(Debug, PartialEq)]", f"enum {u.err} {{",
          "    Empty,", "    Negative(i64),", "    TooLarge { limit: i64, got: i64 },", "}", "",
          f"trait {u.trait} {{", "    fn score(&self) -> i64;", "",
          "    fn bonus(&self) -> i64 {", f"        self.score() / {r.randint(2, 9)}", "    }", "",
          "    fn rank(&self) -> @sstr {",
          f"        if self.score() > {r.randint(10, 400)} {{", '            "high"',
          "        } else {", '            "low"', "        }", "    }", "}", "",
          f"fn kind_weight_{u.uid}(k: {u.kind}) -> i64 {{",
          "    let mut w: i64 = 1;", "    match k {"]
    L += u.kind_arms("        ", "w")
    L += ["    }", "    w", "}", "",
          f"impl {u.rec} {{",
          f"    fn new(id: i64, label: @str, tag: @sstr) -> Self {{",
          f"        {u.rec} {{ id, label: String::from(label), weight: 1.0, values: Vec::new(), kind: {u.kind}::{u.variants[0][0]}, tag }}",
          "    }", "",
          "    fn total(&self) -> i64 {", "        let mut sum: i64 = 0;",
          "        for v in &self.values {", "            sum = sum.wrapping_add(*v);", "        }",
          "        sum", "    }", "",
          "    fn push_value(&mut self, v: i64) {", "        self.values.push(v);",
          f"        self.weight = self.weight * {r.choice(['0.5', '0.75', '0.9'])} + 1.0;", "    }", "",
          f"    fn set_kind(&mut self, k: {u.kind}) {{", "        self.kind = k;", "    }", "}", "",
          f"impl {u.trait} for {u.rec} {{", "    fn score(&self) -> i64 {",
          f"        kind_weight_{u.uid}(self.kind).wrapping_add(self.total() % {r.randint(100, 1000)})",
          "    }", "}", "",
          f"impl {u.trait} for {u.kind} {{", "    fn score(&self) -> i64 {",
          f"        kind_weight_{u.uid}(*self)", "    }", "", "    fn bonus(&self) -> i64 {",
          f"        self.score().wrapping_mul({r.randint(2, 5)})", "    }", "}", "",
          f"struct {u.bin}<T> {{", "    items: Vec<T>,", "    cap: usize,", "}", "",
          f"impl<T: Clone> {u.bin}<T> {{", "    fn new(cap: usize) -> Self {",
          f"        {u.bin} {{ items: Vec::new(), cap }}", "    }", "",
          "    fn put(&mut self, x: T) -> bool {", "        if self.items.len() >= self.cap {",
          "            return false;", "        }", "        self.items.push(x);", "        true", "    }", "",
          "    fn len(&self) -> usize {", "        self.items.len()", "    }", "",
          "    fn first(&self) -> Option<T> {", "        if self.items.len() > 0 {",
          "            Some(self.items[0].clone())", "        } else {", "            None", "        }",
          "    }", "}", "",
          f"fn make_{u.uid}(n: i64) -> {u.rec} {{",
          f'    let mut r = {u.rec}::new(n, "{r.choice(WORDS)}", "{r.choice(WORDS)}");',
          f"    for i in 0..{r.randint(2, 6)} {{", "        r.push_value(n.wrapping_mul(i));", "    }",
          f"    r.set_kind({u.kind_expr('n')});", "    r", "}", "",
          f"fn bump_{u.uid}(r: &mut {u.rec}, by: i64) {{", "    r.id = r.id.wrapping_add(by);",
          "    r.push_value(by);", "}", "",
          f"fn largest_{u.uid}<T: PartialOrd + Copy>(v: &Vec<T>) -> T {{", "    let mut best = v[0];",
          "    for x in v.iter() {", "        if *x > best {", "            best = *x;", "        }", "    }",
          "    best", "}", "",
          f"fn total_score_{u.uid}<T>(items: &Vec<T>) -> i64 where T: {u.trait} {{",
          "    let mut sum: i64 = 0;", "    for item in items.iter() {",
          "        sum = sum.wrapping_add(item.score()).wrapping_add(item.bonus());", "    }", "    sum", "}", "",
          f"fn apply_{u.uid}<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 {{", "    f(f(x))", "}", "",
          f"fn apply_ptr_{u.uid}(f: fn(i64) -> i64, x: i64) -> i64 {{", "    f(x)", "}", "",
          f"fn double_{u.uid}(x: i64) -> i64 {{", "    x.wrapping_mul(2)", "}", ""]
    return L


def block(u, k, ind, rec_mut, rec_ref):
    """One statement block of a process function; K makes local names unique.
    REC_MUT says whether `rec` may be mutated; REC_REF is how to pass it as &mut."""
    r = u.rng
    c = lambda: r.randint(2, 9)
    m = lambda: r.randint(7, 97)
    kinds = ["loop", "if", "vec_fill", "vec_sum", "vec_sort", "map", "rec_read",
             "match_kind", "match_int", "string", "closure", "while", "loop_value",
             "borrow", "option", "tuple", "generic", "bin"]
    if rec_mut:
        kinds.append("rec_write")
    kind = r.choice(kinds)
    i = ind
    if kind == "loop":
        return [f"{i}for i in 0..{c()} {{", f"{i}    acc = acc.wrapping_mul({m()}).wrapping_add(i);", f"{i}}}"]
    if kind == "if":
        return [f"{i}if acc % {m()} == 0 {{", f"{i}    acc = acc / {c()};",
                f"{i}}} else if acc % {m()} == 1 {{", f"{i}    acc = acc.wrapping_add({m()});",
                f"{i}}} else {{", f"{i}    acc = acc.wrapping_sub({m()});", f"{i}}}"]
    if kind == "vec_fill":
        return [f"{i}for i in 0..{c()} {{", f"{i}    v.push(acc.wrapping_add(i) % {m()});", f"{i}}}",
                f"{i}for x in &mut v {{", f"{i}    *x = (*x).wrapping_mul({c()}) % {m()};", f"{i}}}"]
    if kind == "vec_sum":
        return [f"{i}let mut sum{k}: i64 = 0;", f"{i}for x in &v {{",
                f"{i}    sum{k} = sum{k}.wrapping_add(*x);", f"{i}}}", f"{i}acc = acc ^ sum{k};"]
    if kind == "vec_sort":
        n = c()
        return [f"{i}v.sort();", f"{i}if v.len() > {n} {{", f"{i}    acc = acc.wrapping_add(v[{n}]);", f"{i}}}",
                f"{i}for j in 0..v.len() {{", f"{i}    if j % 2 == 0 {{",
                f"{i}        acc = acc.wrapping_sub(v[j]);", f"{i}    }}", f"{i}}}"]
    if kind == "map":
        return [f"{i}for i in 0..{c()} {{", f"{i}    let key = acc.wrapping_add(i) % {m()};",
                f"{i}    let old = match m.get(&key) {{", f"{i}        Some(n) => *n,", f"{i}        None => 0,",
                f"{i}    }};", f"{i}    m.insert(key, old.wrapping_add(1));!", f"{i}}}",
                f"{i}if let Some(n) = m.get(&{c()}) {{", f"{i}    acc = acc.wrapping_add(*n);", f"{i}}}"]
    if kind == "rec_read":
        return [f"{i}let t{k} = rec.total();", f"{i}let s{k} = rec.score();",
                f"{i}acc = acc.wrapping_add(t{k}).wrapping_sub(s{k});",
                f'{i}if rec.rank() == "high" {{', f"{i}    acc = acc.wrapping_add(rec.bonus());", f"{i}}}"]
    if kind == "rec_write":
        return [f"{i}rec.push_value(acc % {m()});", f"{i}rec.set_kind({u.kind_expr('acc % ' + str(m()))});",
                f"{i}bump_{u.uid}({rec_ref}, {c()});", f"{i}acc = acc.wrapping_add(rec.id);"]
    if kind == "match_kind":
        return [f"{i}match rec.kind {{"] + u.kind_arms(i + "    ", "acc") + [f"{i}}}"]
    if kind == "match_int":
        return [f"{i}acc = match acc % {m()} {{", f"{i}    0 => acc.wrapping_add(1),",
                f"{i}    1 | 2 => acc.wrapping_mul({c()}),", f"{i}    x @ 3..=9 => acc.wrapping_add(x),",
                f"{i}    x if x < 0 => acc.wrapping_sub(x),", f"{i}    _ => acc / 2,", f"{i}}};"]
    if kind == "string":
        w = r.choice(WORDS)
        return [f'{i}let piece{k} = format!("{{}}:{{:>4}}/{{:.2}}", "{w}", acc % {m()}, rec.weight);',
                f"{i}s.push_str(piece{k}.as_str());", f"{i}if s.len() > {r.randint(40, 200)} {{",
                f'{i}    s = String::from("{w}");', f"{i}}}", f"{i}acc = acc.wrapping_add(s.len() as i64);"]
    if kind == "closure":
        return [f"{i}let base{k} = acc % {m()};", f"{i}let f{k} = move |x: i64| x.wrapping_mul({c()}).wrapping_add(base{k});",
                f"{i}acc = f{k}(acc);", f"{i}acc = apply_{u.uid}(f{k}, acc);",
                f"{i}acc = apply_ptr_{u.uid}(double_{u.uid}, acc);"]
    if kind == "while":
        return [f"{i}let mut n{k}: i64 = {c()};", f"{i}while n{k} > 0 {{", f"{i}    acc = acc.wrapping_add(n{k});",
                f"{i}    if acc % {m()} == 0 {{", f"{i}        break;", f"{i}    }}", f"{i}    n{k} -= 1;", f"{i}}}"]
    if kind == "loop_value":
        return [f"{i}let mut i{k}: i64 = 0;", f"{i}let found{k} = loop {{", f"{i}    i{k} += 1;",
                f"{i}    if i{k} >= {c()} || acc.wrapping_add(i{k}) % {m()} == 0 {{", f"{i}        break i{k};",
                f"{i}    }}", f"{i}}};", f"{i}acc = acc.wrapping_add(found{k});"]
    if kind == "borrow":
        return [f"{i}{{", f"{i}    let view = &v;", f"{i}    acc = acc.wrapping_add(view.len() as i64);", f"{i}}}",
                f"{i}{{", f"{i}    let w = &mut v;", f"{i}    w.push(acc % {m()});", f"{i}}}",
                f"{i}if let Some(x) = v.pop() {{", f"{i}    acc = acc ^ x;", f"{i}}}"]
    if kind == "option":
        return [f"{i}let pick{k}: Option<i64> = if acc % 2 == 0 {{", f"{i}    Some(acc / 2)",
                f"{i}}} else {{", f"{i}    None", f"{i}}};", f"{i}match pick{k} {{",
                f"{i}    Some(x) if x > {m()} => acc = acc.wrapping_sub(x),",
                f"{i}    Some(x) => acc = acc.wrapping_add(x),", f"{i}    None => acc = acc.wrapping_add(1),", f"{i}}}"]
    if kind == "tuple":
        return [f"{i}let pair{k} = (acc % {m()}, v.len() as i64);", f"{i}let (a{k}, b{k}) = pair{k};",
                f"{i}acc = match (a{k} > 0, b{k} % 2) {{", f"{i}    (true, 0) => acc.wrapping_add(a{k}),",
                f"{i}    (true, _) => acc.wrapping_sub(b{k}),", f"{i}    (false, _) => acc ^ b{k},", f"{i}}};"]
    if kind == "generic":
        return [f"{i}if v.len() > 0 {{", f"{i}    acc = acc.wrapping_add(largest_{u.uid}(&v));", f"{i}}}",
                f"{i}let kinds{k} = vec![{u.kind_expr('acc % 5')}, {u.kind_expr('3')}];",
                f"{i}acc = acc.wrapping_add(total_score_{u.uid}(&kinds{k}));"]
    # bin
    return [f"{i}let mut bin{k}: {u.bin}<i64> = {u.bin}::new({c()});", f"{i}for x in &v {{",
            f"{i}    if !bin{k}.put(*x) {{", f"{i}        break;", f"{i}    }}", f"{i}}}",
            f"{i}acc = acc.wrapping_add(bin{k}.len() as i64);", f"{i}if let Some(f) = bin{k}.first() {{",
            f"{i}    acc = acc ^ f;", f"{i}}}"]


def fn_process(u):
    """A function of 10-80 lines built from statement blocks.
    Returns (lines, setup lines for the caller, call expression)."""
    r = u.rng
    name = u.fname()
    mode = r.choice(["local", "ref", "mut"])
    seed = r.randint(1, 999)
    if mode == "local":
        head = [f"fn {name}(seed: i64) -> i64 {{", f"    let mut rec = make_{u.uid}(seed % {r.randint(10, 90)});"]
        rec_mut, rec_ref, setup, call = True, "&mut rec", [], f"{name}({seed})"
    elif mode == "ref":
        head = [f"fn {name}(seed: i64, rec: &{u.rec}) -> i64 {{"]
        rec_mut, rec_ref = False, None
        setup = [f"    let r_{name} = make_{u.uid}({r.randint(1, 50)});"]
        call = f"{name}({seed}, &r_{name})"
    else:
        head = [f"fn {name}(seed: i64, rec: &mut {u.rec}) -> i64 {{"]
        rec_mut, rec_ref = True, "rec"
        setup = [f"    let mut r_{name} = make_{u.uid}({r.randint(1, 50)});"]
        call = f"{name}({seed}, &mut r_{name})"
    L = head + ["    let mut acc: i64 = seed;", "    let mut v: Vec<i64> = Vec::new();",
                "    let mut m: Map<i64, i64> = Map::new();", "    let mut s = String::new();"]
    target = r.choice([10, 15, 20, 25, 30, 40, 50, 60, 70, 80])
    k = 0
    while len(L) < target - 2 or k == 0:
        b = block(u, k, "    ", rec_mut, rec_ref)
        if k > 0 and len(L) + len(b) > 78:
            break
        L += b
        k += 1
    L += ["    acc.wrapping_add(v.len() as i64).wrapping_add(m.len() as i64).wrapping_add(s.len() as i64)", "}", ""]
    return L, setup, call


def fn_channels(u):
    r = u.rng
    name = u.fname()
    workers, stride = r.randint(2, 4), r.randint(3, 17)
    L = [f"fn {name}(n: i64) -> i64 {{", "    let (tx, rx) = channel::<i64>();", "    let mut handles = Vec::new();",
         f"    for w in 0..{workers} {{", "        let tx = tx.clone();", "        handles.push(@spawn{",
         "            for i in 0..n {", f"                tx.send(i.wrapping_mul({stride}).wrapping_add(w)).unwrap();",
         "            }", "        @endspawn);", "    }", "    drop(tx);", "    let mut total: i64 = 0;",
         "    let mut count: i64 = 0;", "    while let @Some(v) = rx.recv() {", "        total = total.wrapping_add(v);",
         "        count += 1;", "    }", "    for h in handles {", "        h.join().unwrap();", "    }",
         f'    let summary = format!("{{}} messages from {workers} workers, sum {{}}", count, total);',
         "    total.wrapping_add(summary.len() as i64)", "}", ""]
    return L, [], f"{name}({r.randint(3, 30)})"


def fn_mutex(u):
    r = u.rng
    name = u.fname()
    workers = r.randint(2, 4)
    # Locks are always taken `total` before `log`: one global order.
    L = [f"fn {name}(n: i64) -> i64 {{", "    let total = Arc::new(Mutex::new(0i64));",
         "    let log: Arc<Mutex<Vec<i64>>> = Arc::new(Mutex::new(Vec::new()));", "    let mut handles = Vec::new();",
         f"    for w in 0..{workers} {{", "        let total = Arc::clone(&total);", "        let log = log.clone();",
         "        let h = @spawn{", "            for i in 0..n {", "                let mut g = total.lock();",
         "                *g = (*g).wrapping_add(i + w);", "            }", "            {",
         "                let t = total.lock();", "                let mut l = log.lock();", "                l.push(*t % 1000);",
         "            }", "            log.lock().push(w);", "        @endspawn;", "        handles.push(h);", "    }",
         "    for h in handles {", "        h.join().unwrap();", "    }", "    let entries = log.lock().len() as i64;",
         "    let t = *total.lock();", "    t.wrapping_add(entries)", "}", ""]
    return L, [], f"{name}({r.randint(3, 40)})"


def fn_results(u):
    r = u.rng
    name = u.fname()
    lim = u.limit
    L = [f"fn check_{name}(x: i64) -> Result<i64, {u.err}> {{", "    if x == 0 {", f"        return Err({u.err}::Empty);",
         "    }", "    if x < 0 {", f"        return Err({u.err}::Negative(x));", "    }", f"    if x > {lim} {{",
         f"        return Err({u.err}::TooLarge {{ limit: {lim}, got: x }});", "    }", "    Ok(x * 2)", "}", "",
         f"fn chain_{name}(x: i64) -> Result<i64, {u.err}> {{", f"    let a = check_{name}(x)?;",
         f"    let b = check_{name}(a / {r.randint(2, 5)} + 1)?;", "    Ok(a.wrapping_add(b))", "}", "",
         f"fn first_over_{name}(v: &Vec<i64>, limit: i64) -> Option<i64> {{", "    let mut found: Option<i64> = None;",
         "    for x in v.iter() {", "        if *x > limit {", "            found = Some(*x);", "            break;",
         "        }", "    }", "    let f = found?;", "    Some(f.wrapping_mul(2))", "}", "",
         f"fn {name}(n: i64) -> i64 {{", "    let mut ok: i64 = 0;", "    let mut bad: i64 = 0;",
         "    let mut seen: Vec<i64> = Vec::new();", "    for i in -3..n {", f"        match chain_{name}(i) {{",
         "            Ok(v) => {", "                ok = ok.wrapping_add(v);", "                seen.push(v);", "            }",
         f"            Err({u.err}::Empty) => bad += 1,", f"            Err({u.err}::Negative(v)) => bad = bad.wrapping_sub(v),",
         f"            Err({u.err}::TooLarge {{ limit, got }}) => bad = bad.wrapping_add(got - limit),",
         "        }", "    }", f"    match first_over_{name}(&seen, {r.randint(5, 60)}) {{",
         "        Some(x) => ok.wrapping_add(x).wrapping_sub(bad),", "        None => ok.wrapping_sub(bad),", "    }", "}", ""]
    return L, [], f"{name}({r.randint(3, lim + 20)})"


def fn_strings(u):
    r = u.rng
    name = u.fname()
    words = r.sample(WORDS, 4)
    L = [f"fn {name}(n: i64) -> i64 {{", "    let mut text = String::new();", "    for i in 0..n {",
         "        let word = match i % 4 {"]
    L += [f'            {j} => "{w}",' for j, w in enumerate(words[:3])]
    L += [f'            _ => "{words[3]}",', "        };", "        text.push_str(word);", '        text.push_str(" ");', "    }",
          "    let mut counts: Map<String, i64> = Map::new();", "    let mut long_words: i64 = 0;",
          "    for w in text.as_str().split_whitespace() {", "        if w.len() > 4 {", "            long_words += 1;", "        }",
          "        let key = String::from(w);", "        let old = match counts.get(&key) {", "            Some(c) => *c,",
          "            None => 0,", "        };", "        counts.insert(key, old + 1);!", "    }",
          '    let label: @sstr = if n % 2 == 0 { "even" } else { "odd" };',
          '    let ratio = format!("{:>8.3}", long_words as f64 / (n as f64 + 1.0));',
          '    let line = format!("{label} {} words, {} distinct, ratio {}", n, counts.len(), ratio);',
          "    (line.len() as i64).wrapping_add(long_words)", "}", ""]
    return L, [], f"{name}({r.randint(2, 40)})"


SPECIAL = [fn_channels, fn_mutex, fn_results, fn_strings]
MIN_UNIT = 200


def gen_unit(rng, uid, budget):
    """Returns (lines, run function name) for one unit of about BUDGET lines
    at most (a unit has at least its header and one function)."""
    u = Unit(rng, uid)
    L = unit_header(u)
    calls = []
    setups = []
    # The run function adds about one line per call plus 5.
    for i in range(rng.randint(5, 10)):
        body, setup, call = fn_process(u)
        if i > 0 and len(L) + len(body) + len(calls) + 6 > budget:
            break
        L += body
        setups += setup
        calls.append(call)
    for f in rng.sample(SPECIAL, rng.randint(1, 3)):
        body, setup, call = f(u)
        if len(L) + len(body) + len(calls) + 6 > budget:
            break
        L += body
        setups += setup
        calls.append(call)
    run = f"run_{uid}"
    L += [f"pub fn {run}() -> i64 {{"] + setups + ["    let mut total: i64 = 0;"]
    L += [f"    total = total.wrapping_add({c});" for c in calls]
    L += ["    total", "}", ""]
    return L, run


def gen_units(rng, lines, files):
    """Units until LINES are reached, grouped into FILES groups of about equal
    size. A unit is at least MIN_UNIT lines, so a group stops when less than
    that is left; the shortfall carries over to the next group's goal."""
    groups = [[] for _ in range(files)]
    count = 0
    uid = 0
    for g in range(files):
        goal = lines * (g + 1) // files
        while not groups[g] or goal - count >= MIN_UNIT:
            L, run = gen_unit(rng, uid, goal - count)
            uid += 1
            groups[g].append((L, run))
            count += len(L)
    return groups


def runner(name, runs, pub):
    L = [f"{'pub ' if pub else ''}fn {name}() -> i64 {{", "    let mut total: i64 = 0;"]
    L += [f"    total = total.wrapping_add({r}());" for r in runs]
    return L + ["    total", "}", ""]


def write_lines(path, lines):
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
        f.write("\n")


def generate(args):
    """Writes the GrokLang files and prog.rs; returns the GrokLang line count."""
    rng = random.Random(args.seed)
    header = f"// Generated by bench/gen/gen.py --lines {args.lines} --seed {args.seed} --files {args.files}"
    groups = gen_units(rng, args.lines, args.files)
    main_end = ['    println!("checksum {}", total);', "}"]
    rust = [header] + RUST_PRELUDE + [""]
    if args.files == 1:
        body = []
        runs = []
        for L, run in groups[0]:
            body += L
            runs.append(run)
        # main calls groups of 50 units, as a real entry point would.
        chunks = [runs[i:i + 50] for i in range(0, len(runs), 50)]
        for i, chunk in enumerate(chunks):
            body += runner(f"run_group_{i}", chunk, False)
        body += ["fn main() {", "    let mut total: i64 = 0;"]
        body += [f"    total = total.wrapping_add(run_group_{i}());" for i in range(len(chunks))]
        body += main_end
        write_lines(os.path.join(args.out, "prog.grok"), [header, ""] + [render_grok(l) for l in body])
        write_lines(os.path.join(args.out, "prog.rs"), rust + [render_rust(l) for l in body])
        return len(body) + 2
    width = max(4, len(str(args.files)))
    parts = [f"part{i:0{width}d}" for i in range(args.files)]
    main = [header, ""] + [f"mod {p};" for p in parts] + ["", "fn main() {", "    let mut total: i64 = 0;"]
    main += [f"    total = total.wrapping_add({p}::run_all());" for p in parts] + main_end
    write_lines(os.path.join(args.out, "prog.grok"), [render_grok(l) for l in main])
    total = len(main)
    for p, group in zip(parts, groups):
        body = []
        for L, _ in group:
            body += L
        body += runner("run_all", [run for _, run in group], True)
        write_lines(os.path.join(args.out, p + ".grok"), [header, ""] + [render_grok(l) for l in body])
        total += len(body) + 2
        rust += [f"mod {p} {{", "use super::*;", ""] + [render_rust(l) for l in body] + ["}", ""]
    rust += [render_rust(l) for l in main[2 + len(parts) + 1:]]
    write_lines(os.path.join(args.out, "prog.rs"), rust)
    return total


def main():
    ap = argparse.ArgumentParser(description="Generate a deterministic GrokLang program with Rust (and C) twins.")
    ap.add_argument("--lines", type=int, required=True, help="about how many GrokLang lines to write")
    ap.add_argument("--seed", type=int, default=1, help="random seed (same seed, same output)")
    ap.add_argument("--out", required=True, help="output directory (created if missing)")
    ap.add_argument("--files", type=int, default=1, help="split the GrokLang code into K module files")
    ap.add_argument("--c", action="store_true", help="also write prog.c of about the same line count")
    args = ap.parse_args()
    if args.lines < 1:
        ap.error("--lines must be at least 1")
    if args.files < 1:
        ap.error("--files must be at least 1")
    try:
        os.makedirs(args.out, exist_ok=True)
        grok_lines = generate(args)
        if args.c:
            import gen_c
            # As many C lines as GrokLang lines were written, for a fair ratio.
            gen_c.generate(os.path.join(args.out, "prog.c"), grok_lines, args.seed)
    except OSError as e:
        print(f"gen.py: cannot write to {args.out}: {e.strerror}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
