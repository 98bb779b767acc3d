#!/usr/bin/env bash
# The SARIF report validates against the official SARIF 2.1.0 schema
# (tests/reports/sarif-2.1.0-rtm.5.json), both the sample run and a run
# capped at 25,000 results; the JSON report validates against its own
# schema (reports/schema/grok-verify-report-v1.json). Validation uses ajv
# from npm, installed into the build tree (skipped when npm is missing).
set -euo pipefail
source "$GROK_ROOT/tests/reports/samples.sh"

if ! command -v npm >/dev/null || ! command -v node >/dev/null; then
  echo "SKIP: node/npm not installed; SARIF schema validation not run"
  exit 0
fi
tools="$build_dir/test-tools/ajv"
if [[ ! -d "$tools/node_modules/ajv-draft-04" || ! -d "$tools/node_modules/ajv-formats" ]]; then
  mkdir -p "$tools"
  if ! npm install --prefix "$tools" --no-audit --no-fund --silent \
    ajv@8 ajv-draft-04@1 ajv-formats@3 >"$tools/install.log" 2>&1; then
    cat "$tools/install.log" >&2
    echo "FAIL: could not install ajv from the npm registry" >&2
    exit 1
  fi
fi

cat >"$samples/validate.js" <<'JS'
// node validate.js draft SCHEMA FILE... : prints each file's verdict,
// exits 1 when one is invalid.
const fs = require('fs');
const [draft, schemaPath, ...files] = process.argv.slice(2);
const Ajv = draft === '04' ? require('ajv-draft-04') : require('ajv');
const addFormats = require('ajv-formats');
// The SARIF schema has a pattern that is not valid in Unicode mode.
const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false});
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
let bad = 0;
for (const f of files) {
  if (validate(JSON.parse(fs.readFileSync(f, 'utf8')))) {
    console.log(`${f}: valid`);
  } else {
    bad++;
    console.log(`${f}: INVALID`);
    for (const e of validate.errors.slice(0, 10))
      console.log(`  ${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
  }
}
process.exit(bad ? 1 : 0);
JS
run() { NODE_PATH="$tools/node_modules" node "$samples/validate.js" "$@"; }

sarif_schema="$GROK_ROOT/tests/reports/sarif-2.1.0-rtm.5.json"
json_schema="$GROK_ROOT/reports/schema/grok-verify-report-v1.json"
run 04 "$sarif_schema" "$samples/sample.sarif" "$samples/capped.sarif"
run 07 "$json_schema" "$samples/sample.json"

# The validators must reject what the schemas forbid.
sed 's/"level": "error"/"level": "fatal"/' "$samples/sample.sarif" >"$samples/bad.sarif"
sed 's/"severity": "error"/"severity": "fatal"/' "$samples/sample.json" >"$samples/bad.json"
if run 04 "$sarif_schema" "$samples/bad.sarif" >/dev/null; then
  echo "FAIL: the SARIF schema accepted an invalid level" >&2
  exit 1
fi
if run 07 "$json_schema" "$samples/bad.json" >/dev/null; then
  echo "FAIL: the JSON report schema accepted an invalid severity" >&2
  exit 1
fi

# GitHub code scanning limits.
results=$(grep -c '"ruleId"' "$samples/capped.sarif")
if [[ "$results" -ne 25000 ]]; then
  echo "FAIL: capped.sarif has $results results, expected 25000" >&2
  exit 1
fi
echo "report_sarif_schema: 2 passed, 0 failed"
