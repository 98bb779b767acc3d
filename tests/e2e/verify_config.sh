# grok.toml: found upward from the working directory, include/exclude
# globs relative to it, severity overrides, defaults that flags override,
# and malformed files rejected with the line and key.
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

mkdir -p proj/src/sub proj/vendor proj/gen
cd proj
printf 'fn a() -> i32 { 0b102 }\n' > src/digit.grok
printf 'fn b() { let s = "x\n}\n' > src/sub/str.grok
printf 'fn c() -> i32 { 0b103 }\n' > vendor/v.grok
printf 'fn d() -> i32 { 0b104 }\n' > gen/x_gen.grok
cat > grok.toml <<'EOF'
# project configuration
[check]
include = ["src", "gen"]
exclude = ["*_gen.grok"]
fail_on = "warning"
db = "store/results.db"

[rules]
"syntax/invalid-digit" = "warning"
"syntax/unclosed-delimiter" = "off"
EOF

# Run from a subfolder: grok.toml is found upward, paths default to its folder.
cd src/sub
expect 1 "$V" check
has out "src/digit.grok"; has out "src/sub/str.grok"
hasnt out "vendor/v.grok"; hasnt out "x_gen.grok"
has out "warning\[E0015\]"     # severity override
hasnt out "unclosed-delimiter"  # rule turned off
[ -f ../../store/results.db ] || fail "db path from grok.toml is not relative to grok.toml"
cd ../..

# fail_on = "warning" from the file; --fail-on on the command line wins.
expect 1 "$V" check src/digit.grok
expect 0 "$V" check --fail-on error src/digit.grok
# --db wins over the file's db.
expect 1 "$V" check --db flag.db src/digit.grok
[ -f flag.db ] || fail "--db did not win over grok.toml"
# A file named on the command line is checked even if a glob excludes it.
expect 1 "$V" check gen/x_gen.grok; has out "x_gen.grok"
# --config points elsewhere.
printf '[check]\nfail_on = "never"\n' > other.toml
expect 0 "$V" check --config other.toml src/digit.grok
expect 2 "$V" check --config missing.toml src; has err "cannot read \`missing.toml\`"

# Malformed files: line and key in the message, exit 2, nothing checked.
bad() {
    printf "$1" > grok.toml
    expect 2 "$V" check src
    has err "$2"
    [ ! -s out ] || fail "a malformed grok.toml still produced a report"
}
bad '[check]\njobs = "four"\n' 'grok.toml:2: key `jobs`: expected an integer'
bad '[check]\n\nfail_on = "sometimes"\n' 'grok.toml:3: key `fail_on`: `sometimes` is not one of'
bad '[check]\ninclude = ["src"\n' 'key `include`: unterminated array'
bad '[checks]\n' 'grok.toml:1: unknown table \[checks\]'
bad '[rules]\n"borow/x" = "off"\n' 'grok.toml:2: key `borow/x`: `borow/x` matches no rule'
bad '[check]\ndb = "unterminated\n' 'grok.toml:2: key `db`: unterminated string'
bad '[ai]\napi_key = "secret"\n' 'grok.toml:2: key `api_key`: keys do not belong'
bad '[check]\njobs = 2\njobs = 3\n' 'grok.toml:3: key `jobs`: set twice'
bad 'fail_on = "error"\n' 'grok.toml:1: key `fail_on`: settings belong in a table'
printf '[check]\ndb = "\xff"\n' > grok.toml
expect 2 "$V" check src; has err "grok.toml:2: the file is not valid UTF-8"
# --help works even with a broken grok.toml.
expect 0 "$V" check --help
echo "verify_config: ok"
