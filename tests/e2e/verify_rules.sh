# The rule catalogue is complete: every rule id any checker, the front end
# or grok-verify itself reports (a "family/name" string literal in the
# sources) has an entry, so `explain`, SARIF rule metadata, grok.toml
# severities and --rules all know it. A checker that adds a rule without
# a catalogue entry fails here.
set -eu
V=${GROK_VERIFY:?}
ROOT=${GROK_ROOT:?}
fail() { echo "FAIL: $*" >&2; exit 1; }

ids=$(grep -rhoE '"(syntax|type|borrow|lock|safety|verify|grok-verify)/[a-z0-9-]+"' \
        "$ROOT/compiler" "$ROOT/analysis" "$ROOT/tools" $( [ -d "$ROOT/verify" ] && echo "$ROOT/verify") \
        --include='*.c' --exclude=rules.c | tr -d '"' | sort -u)
[ -n "$ids" ] || fail "found no rule ids in the sources"
n=0
for id in $ids; do
    case $id in */*-) continue ;; esac   # a prefix being built, not an id
    "$V" explain "$id" > /dev/null 2>&1 || fail "rule \`$id\` is reported but not in analysis/rules.c"
    n=$((n + 1))
done
# Each catalogue entry has a summary and a help text with an example.
list=$(mktemp)
trap 'rm -f "$list"' EXIT
"$V" explain > "$list" || fail "explain failed"
while read -r id _; do
    out=$("$V" explain "$id") || fail "explain $id failed"
    [ "$(printf '%s\n' "$out" | wc -l)" -ge 6 ] || fail "help for $id is too short"
done < "$list"
echo "verify_rules: ok ($n ids in the sources, $(wc -l < "$list") rules in the catalogue)"
