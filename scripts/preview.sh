#!/usr/bin/env bash
# scripts/preview.sh — live preview for editors: http://127.0.0.1:8820/ (Ctrl+C to stop).
#
# Bakes the site, serves it, and re-bakes the whole site as soon as a file in content/,
# templates/, data/ or assets/ is saved (about 3 s on 2 cores once warm); reload the browser page. Content mistakes are printed once each
# and the preview keeps running: fix the file and save again. PORT=8899 scripts/preview.sh picks
# another port. (Do not use `mvn jbake:inline` in this project: it watches its own output and
# re-bakes forever. See src/test/java/org/nrcexplained/site/Preview.java.)
set -euo pipefail
cd "$(dirname "$0")/.."
# The preview JVM lives long: give it the full JIT (.mvn/jvm.config limits it for one-shot bakes).
# Measured here: the first bake ~9 s, then each re-bake after an edit ~2.6-3.2 s.
export MAVEN_OPTS="-XX:TieredStopAtLevel=4 ${MAVEN_OPTS:-}"
exec mvn -q test-compile exec:java -Dpreview.port="${PORT:-8820}" "$@"
