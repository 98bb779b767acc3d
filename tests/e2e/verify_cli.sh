# grok-verify's command line: every subcommand's --help, usage errors with
# exit 2, explain, and the commands whose checkers do not exist yet.
set -eu
V=${GROK_VERIFY:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"

fail() { echo "FAIL: $*" >&2; exit 1; }
# expect STATUS CMD...: runs CMD, stdout to out, stderr to err.
expect() {
    want=$1; shift
    set +e; "$@" >out 2>err; got=$?; set -e
    [ "$got" = "$want" ] || { cat out err >&2; fail "$* exited $got, expected $want"; }
}
has() { grep -q -- "$2" "$1" || { cat "$1" >&2; fail "expected '$2' in $1"; }; }

expect 0 "$V" --help; has out "commands:"
expect 0 "$V" --version; has out "grok-verify 0."
expect 2 "$V"; has err "no command given"
expect 2 "$V" frobnicate; has err "unknown command \`frobnicate\`"

for c in check report db bench explain verify equiv ai; do
    expect 0 "$V" $c --help
    has out "usage: grok-verify $c"
done
expect 0 "$V" check -h; has out "--fail-on"
expect 0 "$V" db merge --help; has out "merge OUT IN"

# Usage errors name the flag and exit 2 before anything runs.
echo 'fn main() {}' > a.grok
expect 2 "$V" check --format pdf a.grok; has err "--format needs one of"; has err "pdf"
expect 2 "$V" check --fail-on sometimes a.grok; has err "--fail-on needs"
expect 2 "$V" check -j 0 a.grok; has err "-j needs a number"
expect 2 "$V" check -j a.grok; has err "-j needs a number"
expect 2 "$V" check --shard 3/2 a.grok; has err "--shard needs I/N"
expect 2 "$V" check --shard 1 a.grok; has err "--shard needs I/N"
expect 2 "$V" check --smt-timeout -5 a.grok; has err "--smt-timeout"
expect 2 "$V" check --rules nope/* a.grok; has err "matches no rule"
expect 2 "$V" check --exclude-rules borrow/x a.grok; has err "matches no rule"
expect 2 "$V" check --bogus a.grok; has err "unknown option \`--bogus\`"
expect 2 "$V" check --db; has err "--db needs a path"
expect 2 "$V" check missing.grok; has err "cannot check \`missing.grok\`: No such file"
expect 2 "$V" report src; has err "takes no paths"
expect 2 "$V" report --run abc --db x.db
[ ! -e .grok-verify ] || fail "a usage error created the database"

# explain: by id, by E-code, by family, everything, unknown.
expect 0 "$V" explain borrow/use-after-move; has out "E0382"; has out "Fix:"
expect 0 "$V" explain E0051; has out "syntax/unclosed-delimiter"
expect 0 "$V" explain lock; has out "lock/order-cycle"; has out "lock/double-lock"
expect 0 "$V" explain; has out "grok-verify/unused-suppression"; has out "safety/overflow"
[ "$(wc -l < out)" -ge 60 ] || fail "explain lists too few rules"
expect 2 "$V" explain borrow/use-after-mvoe; has err "no rule"; has err "borrow/use-after-move"
expect 2 "$V" explain a b

# Commands whose checkers come later say so instead of inventing verdicts.
expect 2 "$V" verify a.grok; has err "not available yet"; has err "encoder"
expect 2 "$V" equiv a.grok::f a.grok::g; has err "equivalence checker"
expect 2 "$V" ai a.grok; has err "AI rewrite gate"

# db and bench usage errors.
expect 2 "$V" db; has err "needs a subcommand"
expect 2 "$V" db shrink; has err "unknown db subcommand"
expect 2 "$V" db merge out.db; has err "at least one IN"
expect 2 "$V" db merge out.db out.db; has err "both output and input"
expect 2 "$V" db vacuum --keep 0; has err "--keep needs"
expect 2 "$V" bench; has err "record or list"
expect 2 "$V" bench record --name a --metric b --unit s; has err "needs --name, --metric, --value"
expect 2 "$V" bench record --name a --metric b --unit s --value fast; has err "needs a number"
expect 2 "$V" bench list --db missing.db; has err "does not exist"
echo "verify_cli: ok"
