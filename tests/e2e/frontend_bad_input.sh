#!/usr/bin/env bash
# Bad input never crashes grokc: every case below must end with the stated
# exit status (1 compile error, 2 usage error), a message naming the
# problem, bounded output, and within a time limit.
set -u
: "${GROKC:?}"
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0 fail=0
# Time limits are for a normal build; sanitizer builds run ~4x slower.
scale=1
if ldd "$GROKC" 2>/dev/null | grep -q 'libasan\|libubsan'; then scale=4; fi

# expect NAME STATUS PATTERN [MAX_SECONDS] -- COMMAND...: runs COMMAND with
# stdout+stderr in $tmp/out; checks status, that PATTERN (grep -E) occurs,
# that it finished in time, and that it did not die of a signal.
expect() {
    local name=$1 want=$2 pattern=$3 limit=$4
    shift 5
    local start end status
    start=$(date +%s.%N)
    timeout 30 "$@" >"$tmp/out" 2>&1
    status=$?
    end=$(date +%s.%N)
    local secs
    secs=$(echo "$end - $start" | bc)
    if [ "$status" -ne "$want" ]; then
        echo "FAIL $name: exit status $status, expected $want"; head -c 600 "$tmp/out"; echo
        fail=$((fail + 1)); return
    fi
    if [ -n "$pattern" ] && ! grep -aEq -- "$pattern" "$tmp/out"; then
        echo "FAIL $name: output lacks /$pattern/"; head -c 600 "$tmp/out"; echo
        fail=$((fail + 1)); return
    fi
    if [ "$(echo "$secs > $limit * $scale" | bc)" -eq 1 ]; then
        echo "FAIL $name: took ${secs}s (limit ${limit}s)"; fail=$((fail + 1)); return
    fi
    pass=$((pass + 1))
}

# Source files that are not text.
printf 'fn main() { let s = "\xff\xfe"; }\n' >"$tmp/bad_utf8.grok"
expect invalid-utf8 1 'not valid UTF-8' 2 -- "$GROKC" check "$tmp/bad_utf8.grok"
python3 - "$tmp/bad_utf8.grok" <<'PY' || { echo "FAIL invalid-utf8: echoed line is not UTF-8"; fail=$((fail + 1)); }
import subprocess, sys, os
out = subprocess.run([os.environ["GROKC"], "check", sys.argv[1]], capture_output=True).stderr
out.decode("utf-8")  # raises when the echoed source line is not valid UTF-8
PY
printf 'fn main() {\0 let x = 1\0 }\n' >"$tmp/nul.grok"
expect nul-bytes 1 'NUL|null|\\0' 2 -- "$GROKC" check "$tmp/nul.grok"
if [ "$("$GROKC" check "$tmp/nul.grok" 2>&1 | tr -cd '\000' | wc -c)" -ne 0 ]; then
    echo "FAIL nul-bytes: a NUL byte reached the terminal"; fail=$((fail + 1))
fi
: >"$tmp/empty.grok"
expect empty-file 0 '' 2 -- "$GROKC" check "$tmp/empty.grok"
expect empty-file-fmt 0 '' 2 -- "$GROKC" fmt "$tmp/empty.grok"

# Files that are not files.
mkdir "$tmp/dir.grok"
expect directory 1 'directory' 2 -- "$GROKC" check "$tmp/dir.grok"
expect directory-fmt 1 'directory' 2 -- "$GROKC" fmt "$tmp/dir.grok"
expect directory-tokens 1 'directory' 2 -- "$GROKC" emit tokens "$tmp/dir.grok"
expect nonexistent 1 'No such file|not found|cannot' 2 -- "$GROKC" check "$tmp/nope.grok"
echo 'fn main() {}' >"$tmp/secret.grok"
chmod 000 "$tmp/secret.grok"
if cat "$tmp/secret.grok" >/dev/null 2>&1; then
    echo "skip unreadable-file: this user can read a mode-000 file (root)"
else
    expect unreadable 1 'Permission denied|cannot' 2 -- "$GROKC" check "$tmp/secret.grok"
fi
chmod 644 "$tmp/secret.grok"

# Deep nesting: one clear error, no stack overflow.
for pair in '( )' '[ ]' '{ }'; do
    set -- $pair
    python3 -c "import sys; o,c=sys.argv[1],sys.argv[2]; print('fn main() { let x = ' + o*10000 + '1' + c*10000 + ' }')" "$1" "$2" >"$tmp/deep.grok"
    expect "nesting-$1" 1 'nesting too deep' 2 -- "$GROKC" check "$tmp/deep.grok"
done
python3 -c "print('fn main() ' + '{'*10000 + '}'*10000)" >"$tmp/deep_blocks.grok"
expect nesting-blocks 1 'nesting too deep' 2 -- "$GROKC" check "$tmp/deep_blocks.grok"
python3 -c "print('fn f(x: ' + '&'*10000 + 'i32) {}')" >"$tmp/deep_types.grok"
expect nesting-types 1 'nesting too deep' 2 -- "$GROKC" check "$tmp/deep_types.grok"

# A 5 MB line of errors: bounded output, fast.
python3 -c "print('fn main() { ' + '\"\\\\q\" '*850000 + '}')" >"$tmp/errors.grok"
expect many-errors 1 'more errors were not shown' 2 -- "$GROKC" check "$tmp/errors.grok"
size=$(wc -c <"$tmp/out")
if [ "$size" -gt 100000 ]; then
    echo "FAIL many-errors: $size bytes of diagnostics"; fail=$((fail + 1))
fi
expect many-errors-limit 1 '^note: 849990 more errors' 2 -- "$GROKC" check --max-errors=10 "$tmp/errors.grok"
expect many-errors-json 1 '' 2 -- "$GROKC" check --error-format=json "$tmp/errors.grok"
python3 - "$tmp/out" <<'PY' || { echo "FAIL many-errors-json: not JSON lines"; fail=$((fail + 1)); }
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
objs = [json.loads(l) for l in lines]
assert len(objs) == 101, len(objs)
assert all(o["severity"] == "error" and o["code"] == "E0005" for o in objs[:100])
assert objs[0]["spans"][0]["line_start"] == 1 and objs[0]["rule"]
assert objs[100]["severity"] == "note" and "849900 more" in objs[100]["message"]
PY
python3 -c "print('@'*5000000)" >"$tmp/junk_line.grok"
expect junk-line 1 'error' 2 -- "$GROKC" check "$tmp/junk_line.grok"
if [ "$(wc -c <"$tmp/out")" -gt 100000 ]; then
    echo "FAIL junk-line: the 5 MB line was echoed whole"; fail=$((fail + 1))
fi

# A 100 MB file: read, lexed and parsed in a few seconds with bounded
# memory. A fifth of it is code (about 900,000 lines); the rest is long
# comments and string literals, so the test stays fast on a shared machine.
# (All-code 100 MB, 4.3M lines, takes ~2 s of CPU and ~3.4 GB: see
# bench/parse for the per-line costs.)
python3 - "$tmp/big.grok" <<'PY'
import sys
code = "".join(f"fn f{i}(a: i32, b: i32) -> i32 {{\n    let c = a * {i} + b\n    if c > 10 {{ c - 1 }} else {{ c + 1 }}\n}}\n" for i in range(100))
filler = "// " + "x" * 2000 + "\n" + "const S: str = \"" + "y" * 2000 + "\";\n"
chunk = code + filler * 5
with open(sys.argv[1], "w") as f:
    n = 0
    while n < 100 * 1024 * 1024:
        f.write(chunk)
        n += len(chunk)
PY
/usr/bin/time -f '%M' -o "$tmp/rss" "$GROKC" check --parse-only "$tmp/big.grok" >/dev/null 2>&1
expect big-file 0 '' 15 -- "$GROKC" check --parse-only "$tmp/big.grok"
rss_mb=$(( $(cat "$tmp/rss") / 1024 ))
if [ "$rss_mb" -gt 1500 ]; then
    echo "FAIL big-file: peak memory ${rss_mb} MB"; fail=$((fail + 1))
else
    echo "big-file: 100 MB parsed with peak memory ${rss_mb} MB"
fi
rm -f "$tmp/big.grok"

# Usage errors: exit status 2 for every command.
echo 'fn main() {}' >"$tmp/ok.grok"
expect usage-no-command 2 'no command' 2 -- "$GROKC"
expect usage-unknown-command 2 'unknown command' 2 -- "$GROKC" frobnicate "$tmp/ok.grok"
for cmd in "check" "emit tokens" "emit ast" "fmt"; do
    # shellcheck disable=SC2086
    expect "usage-$cmd-no-file" 2 'no input file' 2 -- "$GROKC" $cmd
    # shellcheck disable=SC2086
    expect "usage-$cmd-bad-option" 2 'unknown option' 2 -- "$GROKC" $cmd --bogus "$tmp/ok.grok"
    # shellcheck disable=SC2086
    expect "usage-$cmd-two-files" 2 'more than one input file' 2 -- "$GROKC" $cmd "$tmp/ok.grok" "$tmp/ok.grok"
    # shellcheck disable=SC2086
    expect "usage-$cmd-bad-format" 2 'unknown --error-format' 2 -- "$GROKC" $cmd --error-format=xml "$tmp/ok.grok"
    # shellcheck disable=SC2086
    expect "usage-$cmd-max-errors" 2 'needs a count' 2 -- "$GROKC" $cmd --max-errors=lots "$tmp/ok.grok"
    # shellcheck disable=SC2086
    expect "help-$cmd" 0 'usage: grokc' 2 -- "$GROKC" $cmd --help
done
expect usage-emit-kind 2 'unknown emit kind' 2 -- "$GROKC" emit bytes "$tmp/ok.grok"
expect usage-emit-nothing 2 'needs what to emit' 2 -- "$GROKC" emit
expect usage-color 2 'unknown --color' 2 -- "$GROKC" check --color=pink "$tmp/ok.grok"
expect usage-check-flag-on-fmt 2 'unknown option' 2 -- "$GROKC" check --check "$tmp/ok.grok"

# Colour: never when piped, always on request, and NO_COLOR wins over auto.
printf 'fn main() {\n    let = 5\n}\n' >"$tmp/err.grok"
"$GROKC" check "$tmp/err.grok" 2>"$tmp/plain" >/dev/null
"$GROKC" check --color=always "$tmp/err.grok" 2>"$tmp/colour" >/dev/null
if grep -q $'\x1b\[' "$tmp/plain"; then
    echo "FAIL colour: escapes in piped output"; fail=$((fail + 1)); else pass=$((pass + 1)); fi
if grep -q $'\x1b\[1;31merror' "$tmp/colour"; then pass=$((pass + 1)); else
    echo "FAIL colour: --color=always gave no escapes"; fail=$((fail + 1)); fi
if command -v script >/dev/null; then
    script -qec "$GROKC check $tmp/err.grok" /dev/null >"$tmp/tty" 2>&1
    if grep -q $'\x1b\[' "$tmp/tty"; then pass=$((pass + 1)); else
        echo "FAIL colour: no escapes on a TTY"; fail=$((fail + 1)); fi
    NO_COLOR=1 script -qec "$GROKC check $tmp/err.grok" /dev/null >"$tmp/tty" 2>&1
    if grep -q $'\x1b\[' "$tmp/tty"; then
        echo "FAIL colour: NO_COLOR ignored on a TTY"; fail=$((fail + 1)); else pass=$((pass + 1)); fi
fi
expect json-syntax-error 1 '' 2 -- "$GROKC" check --error-format=json "$tmp/err.grok"
python3 - "$tmp/out" <<'PY' || { echo "FAIL json-syntax-error: bad JSON"; fail=$((fail + 1)); }
import json, sys
objs = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8").read().splitlines()]
assert len(objs) == 1 and objs[0]["code"] == "E0057" and objs[0]["rule"] == "syntax/let-without-pattern"
span = objs[0]["spans"][0]
assert span["line_start"] == 2 and span["column_start"] == 9 and span["primary"], span
assert objs[0]["children"][0]["severity"] == "help"
PY

echo "frontend bad input: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
