#!/usr/bin/env bash
# scripts/check.sh [DIR] — the quick content check: every rule of the bake, without baking.
#
# Prints "N files checked, no mistakes." or one line per mistake, like a compiler:
#   content/events/2022-01-12-nrc-meeting.md:8: field 'start': '12/01/2022' does not fit precision=day: ...
# then a count, and exits with 1. The same check runs before every bake and in the preview.
# DIR checks another copy of the site (default: this project).
#
# Runs org.nrcexplained.site.check.Check from the committed .mvn/nrc-bake.jar, no compile step. The
# first run goes through Maven (exec-maven-plugin, execution "check" in pom.xml), which also saves
# the class path it used in target/tools/classpath; later runs start plain java with it (about 2 s
# sooner), for as long as that file is newer than pom.xml and every file on it exists.
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="$(cd "${1:-.}" && pwd)"
CP_FILE=target/tools/classpath
if [ -s "$CP_FILE" ] && [ "$CP_FILE" -nt pom.xml ] && command -v java >/dev/null; then
  CP="$(cat "$CP_FILE")"
  ok=1
  IFS=: read -r -a entries <<< "$CP"
  for f in "${entries[@]}"; do [ -e "$f" ] || { ok=0; break; }; done
  if [ "$ok" = 1 ]; then
    exec java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto -cp "$CP" org.nrcexplained.site.check.Check "$DIR"
  fi
fi
# (jansi.noreset: Maven would end the output with a terminal colour code.)
export MAVEN_OPTS="-Dorg.slf4j.simpleLogger.defaultLogLevel=warn -Djansi.noreset=true ${MAVEN_OPTS:-}"
exec mvn -B -q exec:java@check -Dtools.classpath="$PWD/$CP_FILE" -Dexec.args="org.nrcexplained.site.check.Check $DIR"
