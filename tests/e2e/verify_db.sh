# The results database from the outside: corrupt, foreign, read-only and
# newer-schema files are refused with a clear message and left untouched;
# concurrent runs both finish and lose nothing; report/export/vacuum/
# migrate; shards merged equal the unsharded run; baselines from a
# database and from SARIF.
set -eu
V=${GROK_VERIFY:?}
T=$(mktemp -d)
cleanup() {
    chattr -i "$T"/ro.db "$T"/rodir 2>/dev/null || true
    chmod -R u+rwx "$T" 2>/dev/null || true
    rm -rf "$T"
}
trap cleanup EXIT
cd "$T"

fail() { echo "FAIL: $*" >&2; exit 1; }
expect() {
    want=$1; shift
    set +e; "$@" >out 2>err; got=$?; set -e
    [ "$got" = "$want" ] || { cat out err >&2; fail "$* exited $got, expected $want"; }
}
has() { grep -q -- "$2" "$1" || { cat "$1" >&2; fail "expected '$2' in $1"; }; }
q() { sqlite3 "$1" "$2"; }
# The findings of a run, independent of run ids and timestamps.
findings_of() {
    q "$1" "SELECT f.file, f.line, f.col, f.rule, f.fingerprint, f.suppressed FROM files JOIN findings f ON f.result_key = files.result_key WHERE files.run_id = $2 ORDER BY 1, 2, 3, 4"
}

mkdir src
for i in $(seq 1 30); do
    case $((i % 3)) in
    0) printf 'fn f%d() { let s = "x\n}\n' $i ;;
    1) printf 'fn f%d() -> i32 { 0b10%d }\n' $i $((i + 2)) ;;
    2) printf 'fn f%d() -> i32 { %d }\n' $i $i ;;
    esac > src/m$i.grok
done

# A fresh run: WAL mode, schema version, a complete run with 30 files.
expect 1 "$V" check -q --db r.db src
[ "$(q r.db 'PRAGMA journal_mode')" = wal ] || fail "database is not in WAL mode"
[ "$(q r.db 'SELECT version FROM schema_version')" = 2 ] || fail "schema version"
[ "$(q r.db 'SELECT complete FROM runs')" = 1 ] || fail "run not complete"
[ "$(q r.db 'SELECT count(*) FROM files')" = 30 ] || fail "files not recorded"
[ "$(q r.db 'PRAGMA integrity_check')" = ok ] || fail "integrity"
run1=$(q r.db 'SELECT max(id) FROM runs')

# report: latest and by id, every format; findings equal the run's.
expect 1 "$V" report --db r.db; has out "error\[E0002\]"; has out "src/m3.grok:1:"
expect 1 "$V" report --db r.db --run "$run1" --format json -o r.json
python3 -c 'import json; d=json.load(open("r.json")); assert d["summary"]["findings"] == 30, d["summary"]' ||
    fail "report from the database has the wrong findings"
for fmt in sarif junit markdown html; do
    expect 1 "$V" report --db r.db --format $fmt -o rep.$fmt; [ -s rep.$fmt ] || fail "$fmt empty"
done
expect 0 "$V" report --db r.db --fail-on never
expect 2 "$V" report --db r.db --run 99; has err "has no run 99"
expect 2 "$V" report --db none.db; has err "does not exist"

# export and migrate.
expect 0 "$V" db export --db r.db -o dump.jsonl
has dump.jsonl '"table":"findings"'; has dump.jsonl '"table":"runs"'
expect 0 "$V" db migrate --db r.db; has out "schema version 2"

# Corrupt, foreign and newer-schema files: a clear error, exit 2, the file
# byte-for-byte unchanged.
printf 'this is not a database, just text that happens to be long enough..' > corrupt.db
cp corrupt.db corrupt.orig
expect 2 "$V" check --db corrupt.db src; has err "corrupt.db"
cmp corrupt.db corrupt.orig || fail "corrupt database was modified"
expect 2 "$V" report --db corrupt.db; has err "corrupt.db"
cp r.db half.db; q half.db 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
head -c 8192 r.db > half.db
expect 2 "$V" check --db half.db src
q foreign.db 'CREATE TABLE t(x); INSERT INTO t VALUES (1)'
cp foreign.db foreign.orig
expect 2 "$V" check --db foreign.db src; has err "not a grok-verify database"
cmp foreign.db foreign.orig || fail "foreign database was modified"
cp r.db newer.db
q newer.db 'UPDATE schema_version SET version = 7; PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null
cp newer.db newer.orig
expect 2 "$V" check --db newer.db src; has err "schema version 7"; has err "not modified"
expect 2 "$V" report --db newer.db; has err "schema version 7"
expect 2 "$V" db merge newer.db r.db; has err "schema version 7"
cmp newer.db newer.orig || fail "newer-schema database was modified"
mkdir adir.db
expect 2 "$V" check --db adir.db src; has err "is a directory"

# Read-only: a file nobody may write (chattr +i works for root too) and a
# folder where the database cannot be created.
cp r.db ro.db; q ro.db 'PRAGMA wal_checkpoint(TRUNCATE)' >/dev/null; rm -f ro.db-wal ro.db-shm
if chattr +i ro.db 2>/dev/null || { [ "$(id -u)" != 0 ] && chmod 444 ro.db; }; then
    expect 2 "$V" check --db ro.db src; has err "ro.db"; has err "read-only"
    expect 1 "$V" report --db ro.db   # reading a read-only database is fine
    chattr -i ro.db 2>/dev/null || chmod 644 ro.db
else
    echo "note: cannot make a read-only file here; read-only file case skipped"
fi
mkdir rodir
if chattr +i rodir 2>/dev/null || { [ "$(id -u)" != 0 ] && chmod 555 rodir; }; then
    expect 2 "$V" check --db rodir/new.db src; has err "rodir/new.db"
    chattr -i rodir 2>/dev/null || chmod 755 rodir
fi

# Two runs at once against one database: both finish, both complete,
# neither loses a file.
rm -f c.db*
set +e
"$V" check -q -j 1 --no-cache --db c.db src > c1.out 2>&1 & p1=$!
"$V" check -q -j 1 --no-cache --db c.db src > c2.out 2>&1 & p2=$!
wait $p1; s1=$?; wait $p2; s2=$?
set -e
[ "$s1" = 1 ] && [ "$s2" = 1 ] || { cat c1.out c2.out; fail "concurrent runs exited $s1 and $s2"; }
[ "$(q c.db 'SELECT count(*) FROM runs WHERE complete = 1')" = 2 ] || fail "a concurrent run is incomplete"
[ "$(q c.db 'SELECT count(*) FROM files GROUP BY run_id' | sort -u)" = 30 ] || fail "a concurrent run lost files"
[ "$(findings_of c.db 1)" = "$(findings_of c.db 2)" ] || fail "concurrent runs disagree"
[ "$(q c.db 'PRAGMA integrity_check')" = ok ] || fail "integrity after concurrent runs"

# Shards: 3 shards into their own databases, merged, equal the unsharded run.
for i in 1 2 3; do
    set +e; "$V" check -q --shard $i/3 src >/dev/null; set -e
done
for i in 1 2 3; do [ -f .grok-verify/results-shard-$i-of-3.db ] || fail "shard $i database missing"; done
total=0
for i in 1 2 3; do
    n=$(q .grok-verify/results-shard-$i-of-3.db 'SELECT count(*) FROM files')
    total=$((total + n))
done
[ "$total" = 30 ] || fail "shards cover $total files, not 30"
expect 0 "$V" db merge merged.db .grok-verify/results-shard-1-of-3.db .grok-verify/results-shard-2-of-3.db .grok-verify/results-shard-3-of-3.db
has out "merged 3 databases into run 1"
[ "$(findings_of merged.db 1)" = "$(findings_of r.db "$run1")" ] || fail "merged shards differ from the unsharded run"
[ "$(q merged.db 'SELECT complete FROM runs')" = 1 ] || fail "merged run not complete"
expect 1 "$V" report --db merged.db --format json -o merged.json
expect 2 "$V" db merge m2.db missing.db; has err "missing.db"
# A shard with grok.toml's db gets that name with the shard in it; --db is exact.
mkdir shardcfg && printf '[check]\ndb = "out/all.db"\n' > shardcfg/grok.toml && cp src/m1.grok shardcfg/
(cd shardcfg && { "$V" check -q --shard 1/1 . > /dev/null || true; })
[ -f shardcfg/out/all-shard-1-of-1.db ] || fail "shard database name from grok.toml"
set +e; "$V" check -q --shard 1/2 --db exact.db src > /dev/null; set -e
[ -f exact.db ] || fail "--db with --shard is not used as given"

# Baselines: nothing new against the same tree; one new finding after an edit.
cp r.db base.db
"$V" check -q --format sarif -o base.sarif --db b2.db src || true
expect 0 "$V" check --db r.db --baseline base.db src; has err "30 in baseline"
expect 0 "$V" check --db r.db --baseline base.sarif src
printf 'fn new_one() -> i32 { 0b9 }\n' > src/new.grok
expect 1 "$V" check --db r.db --baseline base.db src; has out "src/new.grok"
grep -q "src/m1.grok" out && fail "baseline finding reported"
expect 1 "$V" check --db r.db --baseline base.sarif src; has out "src/new.grok"
expect 1 "$V" report --db r.db --baseline base.db; has out "src/new.grok"
rm src/new.grok
printf 'not a report' > junk.txt
expect 2 "$V" check --db r.db --baseline junk.txt src; has err "neither a grok-verify database nor a SARIF"
expect 2 "$V" check --db r.db --baseline nothing.db src; has err "cannot read baseline"

# vacuum keeps the newest run and what it uses.
before=$(q r.db 'SELECT count(*) FROM runs')
expect 0 "$V" db vacuum --db r.db --keep 1
[ "$(q r.db 'SELECT count(*) FROM runs')" = 1 ] || fail "vacuum kept $(q r.db 'SELECT count(*) FROM runs') of $before runs"
expect 1 "$V" report --db r.db
[ "$(q r.db 'PRAGMA integrity_check')" = ok ] || fail "integrity after vacuum"

# bench record/list.
expect 0 "$V" bench record --db r.db --name batch --metric cold --value 12.5 --unit s
expect 0 "$V" bench list --db r.db; has out "batch"; has out "12.5 s"
[ "$(q r.db 'SELECT machine != "" FROM benchmarks')" = 1 ] || fail "benchmark without machine info"
expect 1 "$V" report --db r.db   # latest is still the check run, not the bench row
# Both the stored report and a fresh check carry the benchmark history.
expect 1 "$V" report --db r.db --format json -o hist.json
expect 1 "$V" check --db r.db --format json -o hist2.json src
for f in hist.json hist2.json; do
    python3 -c 'import json,sys; b=json.load(open(sys.argv[1]))["benchmarks"]; assert any(x["value"] == 12.5 for x in b), b' $f ||
        fail "$f lacks the benchmark history"
done
echo "verify_db: ok"
