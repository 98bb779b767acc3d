#!/usr/bin/env bash
# Runs the VM benchmarks side by side: grokc run-ir (the .gir programs),
# python3, lua5.4, luajit and luajit -joff on the same algorithms, checks
# that every implementation prints the same result, and prints wall times
# (best of RUNS, default 3) and the ratio lua5.4 / grokc (> 1: grokc faster).
# grokc runs at -O0 (the IR as written) and -O2 (optimised; same output).
# usage: bench/vm/run.sh [GROKC] [PROGRAM...]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
GROKC="${1:-$HERE/../../build/grokc}"
shift || true
PROGRAMS=("${@:-fib loop nbody strings sort wordcount}")
PROGRAMS=(${PROGRAMS[@]})
RUNS="${RUNS:-3}"

best_time() { # best wall time of RUNS runs of "$@" in $TIME (s); output in $OUT
    local best="" t0 t1 dt
    for ((r = 0; r < RUNS; r++)); do
        t0=$(date +%s%N)
        OUT=$("$@" 2>&1)
        t1=$(date +%s%N)
        dt=$(( (t1 - t0) / 1000 ))
        if [[ -z "$best" || $dt -lt $best ]]; then best=$dt; fi
    done
    TIME=$(printf '%d.%03d' $((best / 1000000)) $((best % 1000000 / 1000)))
}

have() { command -v "$1" > /dev/null 2>&1; }

printf '%-10s %9s %9s %9s %9s %9s %11s %10s\n' program grokc grokc-O2 python3 lua5.4 luajit luajit-joff lua/grokc
for p in "${PROGRAMS[@]}"; do
    best_time "$GROKC" run-ir "$HERE/$p.gir"
    gout=$OUT
    row=("$TIME")
    best_time "$GROKC" run-ir -O2 "$HERE/$p.gir"
    if [[ "$OUT" != "$gout" ]]; then
        echo "$p: grokc -O2 printed '$OUT', -O0 printed '$gout'" >&2
        exit 1
    fi
    row+=("$TIME")
    for impl in "python3 $HERE/$p.py" "lua5.4 $HERE/$p.lua" "luajit $HERE/$p.lua" "luajit -joff $HERE/$p.lua"; do
        set -- $impl
        if have "$1"; then
            best_time $impl
            if [[ "$(echo "$OUT" | tr -s ' \t' '  ')" != "$(echo "$gout" | tr -s ' \t' '  ')" ]]; then
                echo "$p: $1 printed '$OUT', grokc printed '$gout'" >&2
                exit 1
            fi
            row+=("$TIME")
        else
            row+=("-")
        fi
    done
    ratio=$(awk -v l="${row[3]}" -v g="${row[0]}" 'BEGIN { if (l == "-") print "-"; else printf "%.2fx", l / g }')
    printf '%-10s %9s %9s %9s %9s %9s %11s %10s\n' "$p" "${row[@]}" "$ratio"
done
RUNS=10 best_time "$GROKC" run-ir "$HERE/hello.gir"
echo "hello world startup (grokc run-ir, best of 10): ${TIME}s"
