#!/usr/bin/env bash
# benchmarks/same-output.sh — does the project's renderer change any page?
#
# Bakes a copy of this project twice with `mvn -o -q clean jbake:generate`: once as usual (the
# project's SiteRenderer renders every page, without JBake's previous/next lookups, with
# FreeMarker locked down) and once with -Dnrc.jbakeRenders=true (the same check and indexes,
# but JBake's own renderers render the pages, as stock JBake does). Prints the diff; the only
# expected difference is the iCalendar DTSTAMP lines (the time of the bake). Exits 1 on any
# other difference.
set -euo pipefail
PROJECT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/nrc-same.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
(cd "$PROJECT" && git ls-files -z | xargs -0 cp --parents -t "$WORK")
cp "$PROJECT/.mvn/nrc-bake.jar" "$WORK/.mvn/"
cd "$WORK"
mvn -o -q clean jbake:generate
mv target/site "$WORK/ours"
mvn -o -q clean jbake:generate -Dnrc.jbakeRenders=true
mv target/site "$WORK/jbake"
echo "Pages: $(find ours -type f | wc -l) (project renderer), $(find jbake -type f | wc -l) (JBake's renderers)"
echo "Full diff (diff -r ours jbake):"
diff -r ours jbake || true
echo
if diff -r -I '^DTSTAMP:' ours jbake >/dev/null; then
  echo "Identical apart from DTSTAMP lines."
else
  echo "DIFFERENT beyond DTSTAMP lines." >&2
  exit 1
fi
