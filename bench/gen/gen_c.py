"""C counterpart of gen.py: a program of about N lines with the same shape as
the GrokLang one (a struct, an enum and its switch, methods taking pointers,
loops, fixed arrays in place of Vec and Map, string formatting), so that
`gcc -fsyntax-only prog.c` does comparable front-end work. Deterministic in
the seed, like gen.py."""
import random

WORDS = ["alpha", "beta", "gamma", "delta", "north", "south", "river", "stone"]
NOUNS = ["order", "sensor", "account", "packet", "ticket", "invoice", "route", "sample"]


def unit_header(r, u, noun, nkinds):
    t = f"{noun}_{u}"
    L = [f"enum {t}_kind {{"] + [f"    {t.upper()}_K{i}," for i in range(nkinds)] + ["};", "",
         f"struct {t} {{", "    long id;", "    char label[32];", "    double weight;", "    long values[64];",
         "    int nvalues;", f"    enum {t}_kind kind;", "    long kind_arg;", "};", "",
         f"long {t}_kind_weight(enum {t}_kind k, long arg) {{", "    long w = 1;", "    switch (k) {"]
    for i in range(nkinds):
        L += [f"    case {t.upper()}_K{i}:", f"        w = w * {r.randint(2, 97)} + arg;", "        break;"]
    L += ["    }", "    return w;", "}", "",
          f"void {t}_init(struct {t} *o, long id, const char *label) {{", "    o->id = id;",
          '    snprintf(o->label, sizeof o->label, "%s", label);', "    o->weight = 1.0;", "    o->nvalues = 0;",
          f"    o->kind = {t.upper()}_K0;", "    o->kind_arg = 0;", "}", "",
          f"void {t}_push(struct {t} *o, long v) {{", "    if (o->nvalues < 64) {",
          "        o->values[o->nvalues++] = v;", "    }", "    o->weight = o->weight * 0.5 + 1.0;", "}", "",
          f"long {t}_total(const struct {t} *o) {{", "    long sum = 0;", "    for (int i = 0; i < o->nvalues; i++) {",
          "        sum += o->values[i];", "    }", "    return sum;", "}", "",
          f"long {t}_score(const struct {t} *o) {{",
          f"    return {t}_kind_weight(o->kind, o->kind_arg) + {t}_total(o) % {r.randint(100, 1000)};", "}", ""]
    return L


def block(r, t, nkinds, k):
    c = lambda: r.randint(2, 9)
    m = lambda: r.randint(7, 97)
    kind = r.choice(["loop", "if", "fill", "sum", "sort", "table", "rec", "switch_kind", "switch_int",
                     "string", "while", "ptr"])
    if kind == "loop":
        return [f"    for (long i = 0; i < {c()}; i++) {{", f"        acc = acc * {m()} + i;", "    }"]
    if kind == "if":
        return [f"    if (acc % {m()} == 0) {{", f"        acc = acc / {c()};", f"    }} else if (acc % {m()} == 1) {{",
                f"        acc += {m()};", "    } else {", f"        acc -= {m()};", "    }"]
    if kind == "fill":
        return [f"    for (long i = 0; i < {c()} && nv < 64; i++) {{", f"        v[nv++] = (acc + i) % {m()};", "    }",
                "    for (int i = 0; i < nv; i++) {", f"        v[i] = v[i] * {c()} % {m()};", "    }"]
    if kind == "sum":
        return [f"    long sum{k} = 0;", "    for (int i = 0; i < nv; i++) {", f"        sum{k} += v[i];", "    }",
                f"    acc ^= sum{k};"]
    if kind == "sort":
        return ["    for (int i = 1; i < nv; i++) {", "        long x = v[i];", "        int j = i - 1;",
                "        while (j >= 0 && v[j] > x) {", "            v[j + 1] = v[j];", "            j--;", "        }",
                "        v[j + 1] = x;", "    }"]
    if kind == "table":
        return [f"    for (long i = 0; i < {c()}; i++) {{", f"        long key = (acc + i) % 16;",
                "        if (key < 0) {", "            key = -key;", "        }", "        table[key] += 1;", "    }",
                f"    acc += table[{r.randint(0, 15)}];"]
    if kind == "rec":
        return [f"    {t}_push(&rec, acc % {m()});", f"    acc += {t}_total(&rec) - {t}_score(&rec);",
                f"    rec.kind = {t.upper()}_K{r.randint(0, nkinds - 1)};", f"    rec.kind_arg = acc % {c()};"]
    if kind == "switch_kind":
        L = ["    switch (rec.kind) {"]
        for i in range(nkinds):
            L += [f"    case {t.upper()}_K{i}:", f"        acc = acc * {c()} + rec.kind_arg;", "        break;"]
        return L + ["    }"]
    if kind == "switch_int":
        return [f"    switch (acc % {m()}) {{", "    case 0:", "        acc += 1;", "        break;", "    case 1:",
                "    case 2:", f"        acc *= {c()};", "        break;", "    default:", "        acc /= 2;",
                "        break;", "    }"]
    if kind == "string":
        return [f'    snprintf(buf, sizeof buf, "%s:%4ld/%.2f", "{r.choice(WORDS)}", acc % {m()}, rec.weight);',
                "    acc += (long)strlen(buf);"]
    if kind == "while":
        return [f"    long n{k} = {c()};", f"    while (n{k} > 0) {{", f"        acc += n{k};",
                f"        if (acc % {m()} == 0) {{", "            break;", "        }", f"        n{k}--;", "    }"]
    return ["    {", "        const long *view = v;", "        if (nv > 0) {", "            acc += view[0];", "        }",
            "    }"]


def generate(path, lines, seed):
    r = random.Random(seed * 7919 + 1)
    out = ["/* Generated by bench/gen/gen_c.py: the C counterpart of prog.grok. */", "#include <stdio.h>",
           "#include <string.h>", ""]
    runs = []
    u = 0
    while len(out) < lines - 100:
        noun = r.choice(NOUNS)
        t = f"{noun}_{u}"
        nkinds = r.randint(3, 6)
        out += unit_header(r, u, noun, nkinds)
        calls = []
        for f in range(r.randint(5, 10)):
            if f > 0 and len(out) + 90 > lines:
                break
            name = f"{t}_fn{f}"
            L = [f"long {name}(long seed) {{", "    long acc = seed;", "    long v[64];", "    int nv = 0;",
                 "    long table[16] = {0};", '    char buf[64] = "";', f"    struct {t} rec;",
                 f'    {t}_init(&rec, seed, "{r.choice(WORDS)}");']
            target = r.choice([10, 15, 20, 25, 30, 40, 50, 60, 70, 80])
            k = 0
            while len(L) < target - 2 or k == 0:
                b = block(r, t, nkinds, k)
                if k > 0 and len(L) + len(b) > 78:
                    break
                L += b
                k += 1
            out += L + ["    return acc + nv + table[0] + buf[0] + (nv > 0 ? v[0] : 0);", "}", ""]
            calls.append(f"{name}({r.randint(1, 999)})")
        out += [f"long run_{u}(void) {{", "    long total = 0;"] + [f"    total += {c};" for c in calls]
        out += ["    return total;", "}", ""]
        runs.append(f"run_{u}")
        u += 1
    out += ["int main(void) {", "    long total = 0;"] + [f"    total += {x}();" for x in runs]
    out += ['    printf("checksum %ld\\n", total);', "    return 0;", "}"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
        f.write("\n")
