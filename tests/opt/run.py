#!/usr/bin/env python3
"""Optimizer pass tests.

Every tests/opt/PASS/NAME.gir is run through `grokc opt --pass PASS
--verify-each NAME.gir` (PASS is the folder's name); its stdout must equal
NAME.expected (the IR after the pass) and the command must succeed. Each
.gir starts with a comment saying what it exercises.

    run.py --grokc PATH [--update] [FILTER...]
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--grokc", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("filters", nargs="*")
    opt = ap.parse_args()
    tests = []
    for pass_name in sorted(os.listdir(HERE)):
        d = os.path.join(HERE, pass_name)
        if os.path.isdir(d):
            tests += [(pass_name, os.path.join(d, f)) for f in sorted(os.listdir(d))
                      if f.endswith(".gir")]
    if opt.filters:
        tests = [t for t in tests if any(flt in t[1] for flt in opt.filters)]
    passed = failed = 0
    counts = {}
    for pass_name, path in tests:
        first = open(path, encoding="utf-8").readline()
        rel = os.path.relpath(path, HERE)
        if not first.startswith("#"):
            print("FAIL %s: does not start with a comment saying what it exercises" % rel)
            failed += 1
            continue
        r = subprocess.run([os.path.abspath(opt.grokc), "opt", "--pass", pass_name,
                            "--verify-each", os.path.basename(path)],
                           cwd=os.path.dirname(path), capture_output=True,
                           env=dict(os.environ, NO_COLOR="1"), timeout=60)
        expected_path = path[:-4] + ".expected"
        if opt.update and r.returncode == 0:
            with open(expected_path, "wb") as f:
                f.write(r.stdout)
        want = open(expected_path, "rb").read() if os.path.exists(expected_path) else None
        if r.returncode != 0 or want is None or r.stdout != want:
            failed += 1
            print("FAIL %s: status %d%s" % (rel, r.returncode,
                                             "" if want is not None else ", no .expected"))
            sys.stdout.write(r.stderr.decode(errors="replace"))
            if want is not None and r.stdout != want:
                print("--- expected\n%s--- actual\n%s" % (want.decode(errors="replace"),
                                                       r.stdout.decode(errors="replace")))
        else:
            passed += 1
            counts[pass_name] = counts.get(pass_name, 0) + 1
    print("opt passes: %d passed, %d failed (%s)" % (
        passed, failed, ", ".join("%s %d" % kv for kv in sorted(counts.items()))))
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
