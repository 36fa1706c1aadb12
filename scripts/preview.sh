#!/usr/bin/env bash
# scripts/preview.sh — live preview for editors: http://127.0.0.1:8820/ (Ctrl+C to stop).
#
# Bakes the site, serves it, and follows your saves in content/, templates/, data/ and assets/.
# Every save is checked first with the bake's own check: a mistake prints the check's lines
# (path:line: field 'x': what is wrong) and every page keeps its last good version. A saved content
# file's page is served first (it says "Updated ... in N ms"), then every other page is brought up
# to date, so that lists catch up; a template, data or asset change re-bakes the whole site. It says
# "Ready: ..." when it serves. PORT=8899 scripts/preview.sh picks another port.
#
# Runs src/main/java/org/nrcexplained/site/preview/Preview.java from the committed .mvn/nrc-bake.jar
# (exec-maven-plugin, execution "preview" in pom.xml): no compile step, works on a fresh clone.
# Do not use `mvn jbake:inline` here: it watches its own output and re-bakes forever.
set -euo pipefail
cd "$(dirname "$0")/.."
# The preview JVM lives long: give it the full JIT (.mvn/jvm.config limits it for one-shot bakes),
# and keep the libraries' logs to warnings (JBake's parser warns about a file the check reports anyway).
export MAVEN_OPTS="-XX:TieredStopAtLevel=4 -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Dorg.slf4j.simpleLogger.log.org.jbake.parser=error -Djansi.noreset=true ${MAVEN_OPTS:-}"
exec mvn -B -q exec:java@preview -Dpreview.port="${PORT:-8820}" "$@"
