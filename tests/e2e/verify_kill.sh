# kill -9 at random points of a batch run, 20 times: after every kill the
# database passes PRAGMA integrity_check and the killed run is marked
# incomplete; the final (uninterrupted) run reuses what the killed runs
# stored and its findings equal those of a run that was never interrupted.
set -eu
V=${GROK_VERIFY:?}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cd "$T"

fail() { echo "FAIL: $*" >&2; exit 1; }
findings_of() {
    sqlite3 "$1" "SELECT f.file, f.line, f.col, f.rule, f.fingerprint, f.suppressed, f.message FROM files JOIN findings f ON f.result_key = files.result_key WHERE files.run_id = $2 ORDER BY 1, 2, 3, 4, 7"
}

# A modest generated batch: 1200 files of ~150 lines, a third with errors.
python3 - <<'EOF'
import os, random
random.seed(7)
os.makedirs("src", exist_ok=True)
for i in range(1200):
    d = "src/d%02d" % (i % 20)
    os.makedirs(d, exist_ok=True)
    lines = []
    for k in range(30):
        lines.append("fn f%d_%d(a: i32, b: i32) -> i32 {" % (i, k))
        lines.append("    let c = a * %d + b" % k)
        if i % 3 == 0 and k == 7:
            lines.append("    let bad = 0b1%d" % (2 + k % 7))
        lines.append("    if c > %d { c - 1 } else { c + 1 }" % (k * 3))
        lines.append("}")
        lines.append("")
    if i % 11 == 0:
        lines.append('fn broken() { let s = "never closed')
    open("%s/m%03d.grok" % (d, i), "w").write("\n".join(lines) + "\n")
EOF

# The reference: one uninterrupted run.
start=$(date +%s%N)
set +e; "$V" check -q -j 2 --db ref.db src > /dev/null; s=$?; set -e
[ "$s" = 1 ] || fail "reference run exited $s"
cold_ms=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$cold_ms" -ge 1 ] || cold_ms=1
ref=$(findings_of ref.db 1)
[ -n "$ref" ] || fail "the reference run has no findings"

# 20 kills that land while the run is still going; attempts whose run had
# already finished (a loaded machine makes run times vary) do not count.
killed=0
attempts=0
while [ "$killed" -lt 20 ]; do
    attempts=$((attempts + 1))
    [ "$attempts" -le 80 ] || fail "only $killed of $attempts runs were still running when killed"
    # Most kills re-check everything (--no-cache: the run lasts as long as
    # the reference, so the kill lands mid-run, often mid-transaction);
    # every fourth reuses the cache like a real re-run would.
    extra="--no-cache"
    [ $((attempts % 4)) = 0 ] && extra=""
    "$V" check -q -j 2 $extra --db k.db src > /dev/null 2>&1 &
    pid=$!
    delay_ms=$(( RANDOM % (cold_ms * 9 / 10 + 1) ))
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    if kill -9 "$pid" 2>/dev/null; then killed=$((killed + 1)); fi
    wait "$pid" 2>/dev/null || true
    ok=$(sqlite3 k.db 'PRAGMA integrity_check' 2>&1 || true)
    [ "$ok" = ok ] || fail "integrity_check after attempt $attempts: $ok"
done
incomplete=$(sqlite3 k.db 'SELECT count(*) FROM runs WHERE complete = 0')
[ "$incomplete" -ge 1 ] || fail "no killed run is marked incomplete"
# Killed runs had committed whole batches before dying.
partial=$(sqlite3 k.db 'SELECT count(*) FROM files WHERE run_id IN (SELECT id FROM runs WHERE complete = 0)')
[ "$partial" -gt 0 ] || fail "no killed run had stored a batch"

# The final run, uninterrupted, reuses stored results and equals the reference.
set +e; "$V" check -q -j 2 --db k.db src > /dev/null; s=$?; set -e
[ "$s" = 1 ] || fail "final run exited $s"
last=$(sqlite3 k.db 'SELECT max(id) FROM runs')
[ "$(sqlite3 k.db "SELECT complete FROM runs WHERE id = $last")" = 1 ] || fail "final run incomplete"
cached=$(sqlite3 k.db "SELECT count(*) FROM files WHERE run_id = $last AND status = 'cached'")
[ "$cached" -gt 0 ] || fail "the final run reused nothing the killed runs stored"
[ "$(findings_of k.db "$last")" = "$ref" ] || fail "final findings differ from the uninterrupted run"
[ "$(sqlite3 k.db 'PRAGMA integrity_check')" = ok ] || fail "final integrity_check"
echo "verify_kill: ok ($killed runs killed in $attempts attempts, $incomplete incomplete holding $partial file rows, $cached of 1200 files reused, cold ${cold_ms} ms)"
