#!/usr/bin/env bash
# Compiles every conformance twin (tests/conformance/**/NAME.rs with a `fn main`)
# with rustc in debug-arithmetic mode, runs it, and writes what it did next to
# NAME.grok: NAME.stdout, NAME.status and, when it panicked, NAME.stderr-contains
# (the panic message line, without Rust's "thread 'main' panicked at" header).
#
#   regen.sh [--check] [FILTER...]
#
# --check compares instead of writing (exit 1 on any difference). A FILTER keeps
# the programs whose path contains it. Jobs run two at a time.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

# One program: compile, run, then write or compare. Called through xargs.
one() {
    local mode=$1 rs=$2
    local base=${rs%.rs} name
    name=${base#"$here"/}
    local tmp
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' RETURN
    if ! rustc --edition 2021 -C debug-assertions=on -C overflow-checks=on -A warnings \
        -o "$tmp/prog" "$rs" 2>"$tmp/compile.err"; then
        echo "FAIL $name: the Rust twin does not compile:"
        sed 's/^/    /' "$tmp/compile.err" | head -n 30
        return 1
    fi
    local status=0
    (cd "$tmp" && timeout 60 ./prog >"$tmp/stdout" 2>"$tmp/stderr") || status=$?
    # The first panic's message: the line after Rust's "panicked at FILE:L:C:" header.
    awk 'found { print; exit } /panicked at/ { found = 1 }' "$tmp/stderr" >"$tmp/panic"
    if [[ $mode == write ]]; then
        cp "$tmp/stdout" "$base.stdout"
        echo "$status" >"$base.status"
        if [[ -s $tmp/panic ]]; then cp "$tmp/panic" "$base.stderr-contains"; else rm -f "$base.stderr-contains"; fi
        echo "wrote $name (status $status)"
        return 0
    fi
    local bad=0
    if ! cmp -s "$tmp/stdout" "$base.stdout"; then
        echo "FAIL $name: stdout differs from $name.stdout"
        diff -u "$base.stdout" "$tmp/stdout" | head -n 20 || true
        bad=1
    fi
    if [[ $status != "$(cat "$base.status" 2>/dev/null)" ]]; then
        echo "FAIL $name: exit status $status, $name.status says $(cat "$base.status" 2>/dev/null)"
        bad=1
    fi
    local want=""
    [[ -f $base.stderr-contains ]] && want=$(cat "$base.stderr-contains")
    if [[ $(cat "$tmp/panic") != "$want" ]]; then
        echo "FAIL $name: panic message '$(cat "$tmp/panic")', expected '$want'"
        bad=1
    fi
    [[ $bad == 0 ]] && echo "ok   $name"
    return $bad
}

if [[ ${1:-} == --one ]]; then
    one "$2" "$3"
    exit
fi

mode=write
if [[ ${1:-} == --check ]]; then
    mode=check
    shift
fi
command -v rustc >/dev/null || { echo "regen.sh: rustc not installed" >&2; exit 2; }

programs=()
while IFS= read -r rs; do
    grep -q '^fn main' "$rs" || continue
    if (($# > 0)); then
        keep=0
        for f in "$@"; do [[ $rs == *"$f"* ]] && keep=1; done
        ((keep)) || continue
    fi
    programs+=("$rs")
done < <(find "$here" -name '*.rs' | sort)
((${#programs[@]} > 0)) || { echo "regen.sh: no programs match" >&2; exit 2; }

printf '%s\0' "${programs[@]}" | xargs -0 -n 1 -P 2 bash "$here/regen.sh" --one "$mode"
