#!/usr/bin/env bash
# The JUnit report is well-formed XML (xmllint from libxml2-utils) with one
# testsuite per file plus the verification suite.
set -euo pipefail
source "$GROK_ROOT/tests/reports/samples.sh"
if ! command -v xmllint >/dev/null; then
  echo "FAIL: xmllint not installed (tools/install.sh installs libxml2-utils)" >&2
  exit 1
fi
xmllint --noout "$samples/sample.xml"
suites=$(xmllint --xpath 'count(/testsuites/testsuite)' "$samples/sample.xml")
cases=$(xmllint --xpath 'count(//testcase)' "$samples/sample.xml")
failures=$(xmllint --xpath 'count(//testcase/failure)' "$samples/sample.xml")
if [[ "$suites" != 5 || "$cases" != 13 || "$failures" != 6 ]]; then
  echo "FAIL: expected 5 suites, 13 cases, 6 failures; got $suites, $cases, $failures" >&2
  exit 1
fi
# The hostile string is text, not markup.
if [[ $(xmllint --xpath 'count(//img)' "$samples/sample.xml") != 0 ]]; then
  echo "FAIL: an <img> element made it into the JUnit XML" >&2
  exit 1
fi
echo "report_junit_xml: 1 passed, 0 failed"
