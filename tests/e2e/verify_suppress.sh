# Suppressions: `// grok-verify: ignore[rule] reason` on the line or alone
# on the line before, `#[allow(rule)]` on an item, families, unused,
# unknown-rule and malformed suppressions, and markers inside strings.
set -eu
V=${GROK_VERIFY:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"

fail() { echo "FAIL: $*" >&2; exit 1; }
expect() {
    want=$1; shift
    set +e; "$@" >out 2>err; got=$?; set -e
    [ "$got" = "$want" ] || { cat out err >&2; fail "$* exited $got, expected $want"; }
}
has() { grep -q -- "$2" "$1" || { cat "$1" >&2; fail "expected '$2' in $1"; }; }
hasnt() { ! grep -q -- "$2" "$1" || { cat "$1" >&2; fail "did not expect '$2' in $1"; }; }
# count FILE PATTERN N
count() {
    n=$(grep -c -- "$2" "$1" || true)
    [ "$n" = "$3" ] || { cat "$1" >&2; fail "expected $3 lines with '$2', got $n"; }
}

cat > s.grok <<'EOF'
fn same_line() -> i32 {
    0b102 // grok-verify: ignore[syntax/invalid-digit] kept for the parser tests
}

fn line_before() -> i32 {
    // grok-verify: ignore[syntax/*] legacy literal

    0b103
}

#[allow(syntax/invalid-digit)]
fn whole_item() -> i32 {
    let a = 0b104
    a + 0o78
}

fn not_suppressed() -> i32 {
    0b105
}

fn stale() -> i32 {
    1 // grok-verify: ignore[syntax/invalid-digit] was a bad literal once
}

#[allow(lock)]
fn unused_family() {}

fn unknown() {
    let x = 1 // grok-verify: ignore[borrow/use-after-mvoe] typo
}

fn in_string() {
    let s = "// grok-verify: ignore[syntax/invalid-digit] not a comment"
}

fn malformed() {
    let y = 2 // grok-verify: ignore(syntax/invalid-digit) wrong brackets
    let z = 3 // grok-verify: ignore[syntax/invalid-digit]
}
EOF

# Suppressed: lines 2, 8, 13, 14 (two in the item); reported: line 18.
expect 1 "$V" check s.grok
count out "error\[E0015\]" 1
has out "s.grok:18:"
has err "(4 suppressed)"
has out "unused suppression of \`syntax/invalid-digit\`"
has out "s.grok:22:"
has out "unused suppression of \`lock\`"
has out "suppression names \`borrow/use-after-mvoe\`, which matches no rule"
hasnt out "s.grok:33:"   # the marker inside a string is not a suppression
has out "malformed suppression comment"
has out "a suppression needs a reason"

# The reason is kept with the suppressed finding.
expect 1 "$V" check --format sarif -o s.sarif s.grok
has s.sarif "kept for the parser tests"

# A filtered-out family is not "unused": --rules syntax leaves lock alone.
expect 1 "$V" check --rules syntax s.grok
hasnt out "unused suppression of \`lock\`"

# Suppressions are per rule: ignore[x] does not hide rule y on that line.
printf 'fn f() {\n    let s = 0b102 // grok-verify: ignore[syntax/unterminated-string] wrong rule\n}\n' > w.grok
expect 1 "$V" check w.grok
has out "E0015"; has out "unused suppression"
echo "verify_suppress: ok"
