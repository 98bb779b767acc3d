#!/usr/bin/env python3
"""Golden-test runner.

Every tests/golden/**/NAME.grok (and NAME.gir, IR text) is one test. The command it runs comes from
NAME.args if present, else from the nearest ARGS file in its folder or a
parent folder (one line, e.g. `grokc emit tokens`). `{file}` in the line is
replaced by the test file's name; without it the name is appended. The test
runs with its own folder as the working directory, so paths in messages are
stable. Expectations: NAME.stdout, NAME.stderr (missing = empty) and
NAME.status (missing = 0).

    run.py --grokc PATH --grok-verify PATH [--update] [FILTER...]

--update rewrites the expectation files from the current output for review
(files that would be empty are removed).
"""
import argparse
import os
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def find_args(test_dir, name):
    own = os.path.join(test_dir, name + ".args")
    if os.path.exists(own):
        return open(own, encoding="utf-8").read().strip()
    d = test_dir
    while True:
        p = os.path.join(d, "ARGS")
        if os.path.exists(p):
            return open(p, encoding="utf-8").read().strip()
        if os.path.samefile(d, HERE):
            return None
        d = os.path.dirname(d)


def read(path, binary=False):
    if not os.path.exists(path):
        return b"" if binary else ""
    with open(path, "rb") as f:
        data = f.read()
    return data


def write_or_remove(path, data):
    if data:
        with open(path, "wb") as f:
            f.write(data)
    elif os.path.exists(path):
        os.remove(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--grokc", required=True)
    ap.add_argument("--grok-verify", required=True)
    ap.add_argument("--update", action="store_true")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("filters", nargs="*")
    opt = ap.parse_args()
    tools = {"grokc": os.path.abspath(opt.grokc),
             "grok-verify": os.path.abspath(opt.grok_verify)}

    tests = []
    for root, _, files in os.walk(HERE):
        for f in files:
            if f.endswith(".grok") or f.endswith(".gir"):
                tests.append(os.path.join(root, f))
    tests.sort()
    if opt.filters:
        tests = [t for t in tests if any(flt in t for flt in opt.filters)]

    passed = failed = 0
    failures = []
    env = dict(os.environ, NO_COLOR="1", GROK_NO_PROGRESS="1")
    for path in tests:
        test_dir, fname = os.path.split(path)
        name = fname[:fname.rindex(".")]
        if os.path.exists(os.path.join(test_dir, name + ".skip-golden")):
            continue
        args = find_args(test_dir, name)
        if args is None:
            continue  # a helper file (e.g. a module loaded by `mod`), not a test
        words = shlex.split(args)
        if "{file}" in args:
            words = [w.replace("{file}", fname) for w in words]
        else:
            words.append(fname)
        words[0] = tools.get(words[0], words[0])
        try:
            r = subprocess.run(words, cwd=test_dir, capture_output=True, env=env,
                               timeout=opt.timeout, stdin=subprocess.DEVNULL)
            out, err, status = r.stdout, r.stderr, r.returncode
        except subprocess.TimeoutExpired:
            out, err, status = b"", b"<timeout>\n", -1
        base = os.path.join(test_dir, name)
        if opt.update:
            write_or_remove(base + ".stdout", out)
            write_or_remove(base + ".stderr", err)
            write_or_remove(base + ".status", b"" if status == 0 else b"%d\n" % status)
            passed += 1
            continue
        want_out = read(base + ".stdout", True)
        want_err = read(base + ".stderr", True)
        want_status = int(read(base + ".status") or 0)
        problems = []
        if out != want_out:
            problems.append("stdout differs")
        if err != want_err:
            problems.append("stderr differs")
        if status != want_status:
            problems.append("status %d, expected %d" % (status, want_status))
        rel = os.path.relpath(path, HERE)
        if problems:
            failed += 1
            failures.append((rel, problems, out, err, want_out, want_err))
        else:
            passed += 1

    for rel, problems, out, err, want_out, want_err in failures[:30]:
        print("FAIL %s: %s" % (rel, ", ".join(problems)))
        if "stdout differs" in problems:
            print("--- expected stdout\n%s--- actual stdout\n%s" %
                  (want_out.decode(errors="replace"), out.decode(errors="replace")))
        if "stderr differs" in problems:
            print("--- expected stderr\n%s--- actual stderr\n%s" %
                  (want_err.decode(errors="replace"), err.decode(errors="replace")))
    if len(failures) > 30:
        print("... and %d more failures" % (len(failures) - 30))
    print("golden: %d passed, %d failed" % (passed, failed))
    return 1 if failed or (passed == 0 and not opt.filters) else 0


if __name__ == "__main__":
    sys.exit(main())
