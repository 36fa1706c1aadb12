#!/usr/bin/env bash
# scripts/check.sh [DIR] — the quick content check: every rule of the bake, without baking.
#
# Prints "N files checked, no mistakes." or one line per mistake, like a compiler:
#   content/events/2022-01-12-nrc-meeting.md:8: field 'start': '12/01/2022' does not fit precision=day: ...
# then a count, and exits with 1. The same check runs before every bake and in the preview.
# DIR checks another copy of the site (default: this project).
# Runs org.nrcexplained.site.check.Check from the committed .mvn/nrc-bake.jar (scripts/lib/run-tool.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR="$(cd "${1:-.}" && pwd)"
. scripts/lib/run-tool.sh
run_tool org.nrcexplained.site.check.Check "$DIR"
