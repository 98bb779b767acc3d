# The result cache: a warm re-run over an unchanged tree checks nothing
# again; editing one file re-checks only that file; a different option
# set (rules, severities) does not reuse results computed under another;
# --no-cache re-checks everything.
set -eu
V=${GROK_VERIFY:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"

fail() { echo "FAIL: $*" >&2; exit 1; }
q() { sqlite3 r.db "$1"; }
# status_count RUN STATUS
status_count() { q "SELECT count(*) FROM files WHERE run_id = $1 AND status = '$2'"; }

mkdir src
for i in $(seq 1 50); do
    printf 'fn f%d(x: i32) -> i32 {\n    x + %d\n}\n\nfn g%d() -> i32 { 0b10%d }\n' $i $i $i $((i % 7 + 2)) > src/f$i.grok
done

set +e
"$V" check -q --db r.db src > cold.txt; s1=$?
"$V" check -q --db r.db src > warm.txt; s2=$?
set -e
[ "$s1" = 1 ] && [ "$s2" = 1 ] || fail "exit statuses $s1 $s2"
[ "$(status_count 1 checked)" = 50 ] || fail "cold run did not check every file"
[ "$(status_count 2 cached)" = 50 ] || fail "warm run re-checked $(status_count 2 checked) files"
# Identical reports apart from the run id in the summary line.
diff <(grep -v "^summary:" cold.txt) <(grep -v "^summary:" warm.txt) || fail "warm report differs from cold"

# Edit one file: only it is checked again, and its new finding appears.
printf 'fn f7(x: i32) -> i32 {\n    x + 7\n}\n\nfn g7() -> i32 { 0o78 }\n' > src/f7.grok
set +e; "$V" check -q --db r.db src > edited.txt; set -e
[ "$(status_count 3 checked)" = 1 ] || fail "editing one file re-checked $(status_count 3 checked)"
[ "$(q "SELECT path FROM files WHERE run_id = 3 AND status = 'checked'")" = src/f7.grok ] ||
    fail "the wrong file was re-checked"
grep -q "0o78" edited.txt || fail "the edited file's new finding is missing"

# Different options give different results: they are not reused.
set +e; "$V" check -q --db r.db --rules syntax/invalid-digit src > /dev/null; set -e
[ "$(status_count 4 checked)" = 50 ] || fail "--rules reused results computed without it"
set +e; "$V" check -q --db r.db --rules syntax/invalid-digit src > /dev/null; set -e
[ "$(status_count 5 cached)" = 50 ] || fail "same --rules again did not reuse"
printf '[rules]\n"syntax/invalid-digit" = "warning"\n' > grok.toml
set +e; "$V" check -q --db r.db src > /dev/null; s=$?; set -e
[ "$s" = 0 ] || fail "a warning-only run exited $s"
[ "$(status_count 6 checked)" = 50 ] || fail "a severity override reused old results"
rm grok.toml

# The SMT timeout is part of the key too (checkers' answers depend on it).
set +e; "$V" check -q --db r.db --smt-timeout 3 src > /dev/null; set -e
[ "$(q "SELECT count(*) FROM files WHERE run_id = 7 AND status = 'checked'")" = 50 ] ||
    fail "--smt-timeout reused results computed with another timeout"

# --no-cache checks everything and still stores the run.
set +e; "$V" check -q --db r.db --no-cache src > /dev/null; set -e
[ "$(status_count 8 checked)" = 50 ] || fail "--no-cache reused results"
# A results row is stored once however often it is computed.
[ "$(q "SELECT count(*) FROM cache WHERE kind = 'file'")" = "$(q "SELECT count(DISTINCT result_key) FROM files")" ] ||
    fail "cache rows and distinct result keys differ"
# The stat fast path (files whose stat is older than 2 s are not read again
# when size, mtime, ctime and inode match) must never hide an edit: same
# size, mtime put back, but the content changed.
mkdir fast
for i in $(seq 1 10); do printf 'fn h%d() -> i32 { 10%d }\n' $i $((i % 10)) > fast/h$i.grok; done
sleep 2.2
set +e
"$V" check -q --db f.db fast > /dev/null; s1=$?
"$V" check -q --db f.db fast > /dev/null; s2=$?
set -e
[ "$s1" = 0 ] && [ "$s2" = 0 ] || fail "clean tree exited $s1 $s2"
[ "$(sqlite3 f.db "SELECT count(*) FROM files WHERE run_id = 1 AND mtime_ns IS NOT NULL")" = 10 ] ||
    fail "old files' stats were not recorded"
[ "$(sqlite3 f.db "SELECT count(*) FROM files WHERE run_id = 2 AND status = 'cached'")" = 10 ] ||
    fail "the second run re-checked files"
touch -r fast/h3.grok mtime.ref       # the exact mtime, nanoseconds included
size=$(stat -c %s fast/h3.grok)
printf 'fn h3() -> i32 { 0b9 }\n' > fast/h3.grok          # same length as before
touch -r mtime.ref fast/h3.grok
[ "$(stat -c %s fast/h3.grok)" = "$size" ] || fail "test setup: the edit changed the size"
[ "$(stat -c %y fast/h3.grok)" = "$(stat -c %y mtime.ref)" ] || fail "test setup: mtime differs"
set +e; "$V" check -q --db f.db fast > edited.txt; s=$?; set -e
[ "$s" = 1 ] || fail "the same-size edit was missed (exit $s)"
grep -q "fast/h3.grok" edited.txt || fail "the same-size edit's finding is missing"
[ "$(sqlite3 f.db "SELECT status FROM files WHERE run_id = 3 AND path = 'fast/h3.grok'")" = checked ] ||
    fail "the edited file was not re-checked"
echo "verify_cache: ok"
