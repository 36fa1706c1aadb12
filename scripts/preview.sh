#!/usr/bin/env bash
# scripts/preview.sh — live preview for editors: http://127.0.0.1:8820/ (Ctrl+C to stop).
#
# Bakes the site, serves it, and re-bakes the whole site as soon as a file in content/,
# templates/, data/ or assets/ is saved (about 5-7 s on 2 cores); reload the browser page. Content mistakes are printed once each
# and the preview keeps running: fix the file and save again. PORT=8899 scripts/preview.sh picks
# another port. (Do not use `mvn jbake:inline` in this project: it watches its own output and
# re-bakes forever. See src/test/java/org/nrcexplained/site/Preview.java.)
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -q test-compile exec:java -Dpreview.port="${PORT:-8820}" "$@"
