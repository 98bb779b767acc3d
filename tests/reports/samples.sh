# Sourced by the report e2e tests: writes the sample reports of
# tests/unit/test_reports.c into $samples (a fresh temporary directory).
set -euo pipefail
build_dir=$(dirname "$GROK_VERIFY")
test_bin="$build_dir/tests/test_reports"
if [[ ! -x "$test_bin" ]]; then
  echo "FAIL: $test_bin not built (build the test_reports target first)" >&2
  exit 1
fi
samples=$(mktemp -d)
trap 'rm -rf "$samples"' EXIT
GROK_REPORT_OUT="$samples" "$test_bin" >"$samples/unit.log" 2>&1 || {
  cat "$samples/unit.log" >&2
  echo "FAIL: test_reports failed while writing the samples" >&2
  exit 1
}
