#!/usr/bin/env bash
# scripts/bake-for-publishing.sh SITE_BASE — bake exactly what gets published, into target/site.
#
#   1. starts from an empty output folder (`mvn clean`): JBake never deletes anything, so
#      without this a page whose content file was deleted or renamed would still be published;
#   2. bakes with the public base URL (e.g. https://owner.github.io/repo/);
#   3. removes drafts (status=draft files, which JBake writes as name-draft.html) and fails if
#      any published page, the sitemap or the feed still points to one.
# The GitHub Actions workflow runs this after the tests pass; ContentPublishingTest runs it on
# the fixture site. Editors preview with `mvn clean jbake:generate` or scripts/preview.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
BASE="${1:?usage: scripts/bake-for-publishing.sh https://owner.github.io/repo/}"
OUT=target/site

mvn -B -q -ntp clean jbake:generate -Dsite.base="$BASE"

find "$OUT" -name '*-draft.html' -print -delete | sed 's/^/left out (draft): /'
if grep -rl --include='*.html' --include='*.xml' -e '-draft\.html' "$OUT"; then
  echo "ERROR: the files above link to a draft page, which is not published." >&2
  exit 1
fi
test -f "$OUT/index.html" || { echo "ERROR: no $OUT/index.html after the bake" >&2; exit 1; }
echo "Baked $(find "$OUT" -name '*.html' | wc -l) pages into $OUT for $BASE"
