#!/usr/bin/env bash
# The optimizer's per-pass IR tests (tests/opt/PASS/*.gir, see run.py).
exec python3 "${GROK_ROOT:?}/tests/opt/run.py" --grokc "${GROKC:?}"
