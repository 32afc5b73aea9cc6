#!/usr/bin/env bash
# Renders a parzen report in a real headless browser (Debian's chromium) and saves a screenshot,
# to check the page the way a person sees it: the charts load, nothing overflows, no network.
#
#   operator/src/test/sh/report-screenshot.sh REPORT/index.html OUT.png [WIDTH,HEIGHT]
#
# Install the browser once with: apt-get update && apt-get install -y chromium
# ReportScreenshotTest runs this on the demo study when chromium is on the PATH (else it is skipped).
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 REPORT/index.html OUT.png [WIDTH,HEIGHT]" >&2
  exit 2
fi
index="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
out="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"
size="${3:-1400,4000}"
[ -f "$index" ] || { echo "no such report: $index" >&2; exit 2; }
browser="$(command -v chromium || command -v chromium-browser || true)"
[ -n "$browser" ] || { echo "chromium is not installed (apt-get install -y chromium)" >&2; exit 3; }
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
rm -f "$out"
# Everything that could reach the network is off; the page itself must not need it.
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
  --user-data-dir="$profile" --window-size="$size" --screenshot="$out" "file://$index" \
  >"$profile/chromium.log" 2>&1 || { cat "$profile/chromium.log" >&2; exit 1; }
[ -s "$out" ] || { echo "chromium wrote no screenshot" >&2; cat "$profile/chromium.log" >&2; exit 1; }
echo "$out"
