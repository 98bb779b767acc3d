#!/usr/bin/env bash
# The HTML audit report renders in headless Chromium: the screenshot is not
# blank, the page logs no console message (no script error, no blocked
# resource, no Content-Security-Policy violation), and the parsed DOM has
# the report's sections and no element made from the hostile strings.
# Set GROK_KEEP_SCREENSHOT=DIR to keep the screenshot for a look.
set -euo pipefail
source "$GROK_ROOT/tests/reports/samples.sh"
chrome=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$chrome" ]]; then
  echo "FAIL: chromium not installed (tools/install.sh installs it)" >&2
  exit 1
fi

# shellcheck disable=SC2206
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run
  --disable-background-networking --disable-component-update --disable-sync
  --enable-logging=stderr --v=0)

render() { # render HTML PNG LOG
  local profile
  profile=$(mktemp -d -p "$samples")
  timeout 120 "$chrome" "${flags[@]}" --user-data-dir="$profile" --screenshot="$2" \
    --window-size=1200,900 "file://$1" >"$3" 2>&1
}

# Control: a page with a script error must be caught by the console check.
printf '<!DOCTYPE html><title>x</title><p>x</p><script>undefinedFn()</script>\n' \
  >"$samples/control.html"
render "$samples/control.html" "$samples/control.png" "$samples/control.log"
if ! grep -q 'CONSOLE' "$samples/control.log"; then
  echo "FAIL: the console check does not see a script error (log format changed?)" >&2
  exit 1
fi

render "$samples/sample.html" "$samples/sample.png" "$samples/chrome.log"
if [[ ! -s "$samples/sample.png" ]]; then
  cat "$samples/chrome.log" >&2
  echo "FAIL: chromium wrote no screenshot" >&2
  exit 1
fi
if grep -E 'CONSOLE|Refused to|Uncaught' "$samples/chrome.log"; then
  echo "FAIL: the report logged console messages (above)" >&2
  exit 1
fi
python3 "$GROK_ROOT/tests/e2e/png_stats.py" "$samples/sample.png"
if [[ -n "${GROK_KEEP_SCREENSHOT:-}" ]]; then
  cp "$samples/sample.png" "$GROK_KEEP_SCREENSHOT/report-html.png"
fi

profile=$(mktemp -d -p "$samples")
timeout 120 "$chrome" "${flags[@]}" --user-data-dir="$profile" --dump-dom \
  "file://$samples/sample.html" >"$samples/dom.html" 2>/dev/null
for section in summary findings verification ai benchmarks; do
  if ! grep -q "<section id=\"$section\">" "$samples/dom.html"; then
    echo "FAIL: the rendered DOM has no #$section section" >&2
    exit 1
  fi
done
if grep -qiE '<img|<script' "$samples/dom.html"; then
  echo "FAIL: the hostile source text became an element in the DOM" >&2
  exit 1
fi
svgs=$(grep -o '<svg' "$samples/dom.html" | wc -l)
if [[ "$svgs" -lt 4 ]]; then
  echo "FAIL: expected the verdict, severity and trend charts, found $svgs SVGs" >&2
  exit 1
fi
echo "report_html_chromium: 1 passed, 0 failed"
