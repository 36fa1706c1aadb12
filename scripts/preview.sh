#!/usr/bin/env bash
# scripts/preview.sh — live preview for editors: http://127.0.0.1:8820/ (Ctrl+C to stop).
#
# Bakes the site and serves it. When a content file is saved, the edited page is re-rendered
# first (~0.2-0.4 s), then the whole site is re-baked (~2-3 s on 2 cores once warm); a change in
# templates/, data/ or assets/ re-bakes the whole site. Reload the browser page. Content mistakes are printed once each
# and the preview keeps running (the page keeps its last good version): fix the file and save again. PORT=8899 scripts/preview.sh picks
# another port. (Do not use `mvn jbake:inline` in this project: it watches its own output and
# re-bakes forever. See src/test/java/org/nrcexplained/site/Preview.java.)
set -euo pipefail
cd "$(dirname "$0")/.."
# The preview JVM lives long: give it the full JIT (.mvn/jvm.config limits it for one-shot bakes).
# Measured here: the first bake ~9-11 s; then an edited page visible 0.17-0.37 s after the save,
# and the whole site re-baked in 2.1-2.8 s (benchmarks/preview.sh measures both).
export MAVEN_OPTS="-XX:TieredStopAtLevel=4 ${MAVEN_OPTS:-}"
exec mvn -q test-compile exec:java -Dpreview.port="${PORT:-8820}" "$@"
