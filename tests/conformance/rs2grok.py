#!/usr/bin/env python3
"""Drafts NAME.grok from its Rust twin NAME.rs (an authoring aid, not a compiler).

The conformance programs were written once, as Rust laid out the way GrokLang
reads it (no operator at the start of a line, `.method()` chains and `else`
may start lines), then converted with this script and reviewed by hand. The
checked-in .grok files are the source of truth; re-run this only to draft a
new program. What it does, in order:

- directives in the Rust file: a line ending in `// grok: TEXT` becomes TEXT
  (keeping its indentation); a line containing `// rs-only` is dropped, and
  so is everything between `// rs-only {` and `// rs-only }`; a comment line
  `// grok-only: TEXT` becomes TEXT;
- `use std::..` lines go; `&'static str` and `&str` become `str`;
  `.lock().unwrap()`, `.read().unwrap()`, `.write().unwrap()` lose the unwrap;
  `.recv().ok()` becomes `.recv()`; `HashMap` becomes `Map`;
  `thread::spawn(move || { .. })` becomes `spawn { .. }`;
- a `;` that ends a line is dropped (a newline ends the statement) unless the
  next line closes the block and the statement may have a value (only
  `let`, assignments and the printing/assert macros are known to be unit).
"""
import re
import sys

ENDS_STATEMENT = re.compile(r"""([A-Za-z0-9_)\]}?"']|\bbreak|\bcontinue|\breturn)$""")
UNIT_STATEMENT = re.compile(
    r"^(let |println!|print!|eprintln!|assert|panic!|return\b|break\b|continue\b|drop\(|"
    r"[\w.\[\]*()]+\s*([-+*/%&|^]|<<|>>)?=[^=])")
STARTS_WITH_OPERATOR = re.compile(r"^(\+|-[^>]|\*[^ ]?\s|/[^/]|%|&&|\|\||==|!=|<|>|\?)")


def apply_directives(lines):
    out = []
    skipping = False
    for line in lines:
        stripped = line.strip()
        indent = line[: len(line) - len(line.lstrip())]
        if stripped == "// rs-only {":
            skipping = True
            continue
        if stripped == "// rs-only }":
            skipping = False
            continue
        if skipping or "// rs-only" in line:
            continue
        if stripped.startswith("// grok-only:"):
            text = stripped[len("// grok-only:"):]
            out.append((indent + (text[1:] if text.startswith(" ") else text)).rstrip())
            continue
        m = re.search(r"\s*// grok: (.*)$", line)
        if m:
            out.append(indent + m.group(1))
            continue
        if stripped.startswith("use std::") or stripped.startswith("#![allow"):
            continue
        out.append(line)
    return out


def rewrite_spawns(text):
    """thread::spawn(move || { BODY }) -> spawn { BODY }, by brace matching."""
    key = "thread::spawn(move || {"
    while True:
        start = text.find(key)
        if start < 0:
            return text
        i = start + len(key)
        depth = 1
        while depth:
            c = text[i]
            if c == '"':
                i += 1
                while text[i] != '"':
                    i += 2 if text[i] == "\\" else 1
            elif c == "'" and re.match(r"'(\\.|[^\\'])'", text[i : i + 4]) or text[i : i + 3] == "'\\u":
                i = text.index("'", i + 2)
            elif c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
            i += 1
        close = i - 1
        assert text[close + 1] == ")", "spawn without a closing parenthesis"
        text = text[:start] + "spawn {" + text[start + len(key) : close + 1] + text[close + 2 :]


def code_part(line):
    """The line without a trailing // comment (strings are respected)."""
    in_str = False
    i = 0
    while i < len(line):
        c = line[i]
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif line.startswith("//", i):
            return line[:i].rstrip(), line[i:]
        i += 1
    return line.rstrip(), ""


def drop_semicolons(lines):
    out = []
    for n, line in enumerate(lines):
        code, comment = code_part(line)
        nxt = ""
        for later in lines[n + 1 :]:
            if later.strip() and not later.strip().startswith("//"):
                nxt = later.strip()
                break
        if STARTS_WITH_OPERATOR.match(nxt) and code and not code.endswith((",", "{", "(", "[", ";")):
            sys.stderr.write("warning: line %d: next line starts with an operator: %s\n" % (n + 2, nxt))
        if code.endswith(";") and not code.strip().startswith("//"):
            body = code[:-1].rstrip()
            closes = nxt.startswith("}")
            if ENDS_STATEMENT.search(body) and (not closes or UNIT_STATEMENT.match(body.strip())):
                code = body
        out.append((code + (" " + comment if comment and code.strip() else comment)).rstrip())
    return out


def main():
    src = open(sys.argv[1]).read().split("\n")
    lines = apply_directives(src)
    text = "\n".join(lines)
    text = text.replace("&'static str", "str")
    text = re.sub(r"&str\b", "str", text)
    for m in ("lock", "read", "write"):
        text = text.replace(".%s().unwrap()" % m, ".%s()" % m)
    text = text.replace(".recv().ok()", ".recv()")
    text = re.sub(r"\bHashMap\b", "Map", text)
    text = rewrite_spawns(text)
    lines = drop_semicolons(text.split("\n"))
    while lines and not lines[-1].strip():
        lines.pop()
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
