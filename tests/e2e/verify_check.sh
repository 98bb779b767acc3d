# grok-verify check: every format, --fail-on levels, rule filters, bad
# input files (invalid UTF-8, unreadable, dangling links, NUL bytes), -o,
# quiet/verbose/progress output, and identical results for any -j.
set -eu
V=${GROK_VERIFY:?}
T=$(mktemp -d)
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
cd "$T"

fail() { echo "FAIL: $*" >&2; exit 1; }
expect() {
    want=$1; shift
    set +e; "$@" >out 2>err; got=$?; set -e
    [ "$got" = "$want" ] || { cat out err >&2; fail "$* exited $got, expected $want"; }
}
has() { grep -q -- "$2" "$1" || { cat "$1" >&2; fail "expected '$2' in $1"; }; }
hasnt() { ! grep -q -- "$2" "$1" || { cat "$1" >&2; fail "did not expect '$2' in $1"; }; }

mkdir -p src/deep .hidden
printf 'fn main() {\n    let x = 1\n    println!("{}", x)\n}\n' > src/ok.grok
printf 'fn f() {\n    let s = "abc\n}\n' > src/bad.grok
printf 'fn g() -> i32 {\n    0b102\n}\n' > src/deep/digit.grok
printf 'fn h() {}\n' > src/not-grok.txt
printf 'fn hidden( {}\n' > .hidden/x.grok

# Text: findings with snippets, the summary on stderr, exit 1 on errors.
expect 1 "$V" check src
has out "error\[E0002\]"; has out "src/bad.grok:2:13"; has out "src/deep/digit.grok"
hasnt out "not-grok"; hasnt out "hidden"
has err "checked 3 files (0 from cache)"
[ -f .grok-verify/results.db ] || fail "default database not created"

# Every format renders the same run; -o writes the file, stdout stays empty.
for fmt in text json sarif junit markdown html; do
    expect 1 "$V" check --format $fmt -o report.$fmt src
    [ -s report.$fmt ] || fail "$fmt report is empty"
    [ ! -s out ] || fail "$fmt: report also went to stdout"
done
python3 -c 'import json,sys; d=json.load(open("report.json")); assert d["summary"]["errors"] >= 2, d["summary"]' ||
    fail "json report lacks the errors"
python3 -c 'import json; d=json.load(open("report.sarif")); assert d["version"] == "2.1.0"; assert len(d["runs"][0]["results"]) >= 3' ||
    fail "sarif report malformed"
has report.junit "<testsuite"; has report.markdown "syntax/unterminated-string"
has report.html "<html"
expect 2 "$V" check -o /nonexistent-dir/r.txt src; has err "cannot write"

# --fail-on: errors fail by default; never never fails; warnings only
# fail from `warning` down.
expect 0 "$V" check --fail-on never src
printf 'fn w() {\n    let z = 1 // grok-verify: ignore[syntax/nul-byte] stale\n}\n' > warn.grok
expect 0 "$V" check warn.grok; has out "unused-suppression"
expect 1 "$V" check --fail-on warning warn.grok
expect 1 "$V" check --fail-on note warn.grok
expect 0 "$V" check src/ok.grok; has err "0 errors"

# Rule filters.
expect 1 "$V" check --rules syntax/invalid-digit src
has out "invalid-digit"; hasnt out "unterminated-string"
expect 1 "$V" check --exclude-rules syntax/unterminated-string,syntax/unclosed-delimiter src
has out "invalid-digit"; hasnt out "unterminated-string"
expect 0 "$V" check --rules borrow src; hasnt out "syntax/"
expect 0 "$V" check --exclude-rules grok-verify/unused-suppression warn.grok
hasnt out "unused-suppression"

# Bad input files: each one is a finding with its place, never a crash.
printf 'fn f() { "caf\xe9" }\n' > latin1.grok
expect 1 "$V" check latin1.grok; has out "E0020"; has out "latin1.grok:1:14"
printf 'fn f() {}\0\n' > nul.grok
expect 1 "$V" check nul.grok; has out "syntax/nul-byte"
: > empty.grok
expect 0 "$V" check empty.grok
ln -s /nonexistent/x.grok src/dangling.grok
expect 2 "$V" check src; has out "grok-verify/io-error"; has out "src/dangling.grok"
has err "1 unreadable"
rm src/dangling.grok
if [ "$(id -u)" != 0 ]; then
    printf 'fn f() {}\n' > locked.grok; chmod 000 locked.grok
    expect 2 "$V" check locked.grok; has out "Permission denied"
    chmod 644 locked.grok
fi
expect 2 "$V" check src/nope.grok; has err "No such file"

# Colour: forced on, forced off (and off by default when stdout is a file).
expect 1 "$V" check --color always src; grep -q $'\x1b\[' out || fail "--color always gave no colour"
expect 1 "$V" check --color never src; ! grep -q $'\x1b\[' out || fail "--color never gave colour"
expect 1 "$V" check src; ! grep -q $'\x1b\[' out || fail "colour in a redirected report"
expect 2 "$V" check --color sometimes src; has err "--color needs"

# Quiet, verbose, and plain progress lines when stderr is no terminal.
expect 1 "$V" check -q src; [ ! -s err ] || fail "--quiet printed: $(cat err)"
expect 1 "$V" check -v --no-cache src; has err "checked src/bad.grok (2 findings)"
expect 1 "$V" check -v src; has err "cached src/ok.grok"

# The same report byte for byte with 1 or 2 workers (and a fresh cache).
mkdir many
for i in $(seq 1 40); do
    if [ $((i % 3)) = 0 ]; then printf 'fn f%d() { let s = "x\n}\n' $i; else printf 'fn f%d() -> i32 { %d }\n' $i $i; fi > many/m$i.grok
done
expect 1 "$V" check --db j1.db -j 1 --format json many; python3 -c '
import json,sys; d=json.load(open("out")); [f.pop(k,None) for f in [d["run"]] for k in ("id","started_at","finished_at","options")]; json.dump(d,open("j1.json","w"),sort_keys=True)'
expect 1 "$V" check --db j2.db -j 2 --format json many; python3 -c '
import json,sys; d=json.load(open("out")); [f.pop(k,None) for f in [d["run"]] for k in ("id","started_at","finished_at","options")]; json.dump(d,open("j2.json","w"),sort_keys=True)'
cmp j1.json j2.json || fail "-j 1 and -j 2 reports differ"
# On a terminal: a redrawn progress bar with files, findings, elapsed, ETA.
if command -v script > /dev/null; then
    script -qc "'$V' check --no-cache --db tty.db many > /dev/null" tty.log > /dev/null 2>&1 || true
    grep -q "40/40 files (0 cached), 26 findings" tty.log || { cat -v tty.log; fail "no progress bar on a terminal"; }
    grep -q "ETA" tty.log || fail "progress bar without ETA"
fi
echo "verify_check: ok"
