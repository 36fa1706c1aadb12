#!/usr/bin/env bash
# Page weight: for every page of the baked site, the bytes a reader downloads, gzip-compressed
# (gzip -6, as web servers commonly send them): the HTML plus every same-site stylesheet,
# script and image it references. Heaviest pages first; the budget is 20 KiB a page
# (the test EveryPageFitsTheWeightBudgetTest enforces it).
#
#   scripts/page-weight.sh            # bakes into target/site first
#   scripts/page-weight.sh DIR        # measures an already baked site in DIR
#   TOP=10 scripts/page-weight.sh     # shows only the 10 heaviest pages (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
site="${1:-}"
if [[ -z "$site" ]]; then
  mvn -q jbake:generate >/dev/null
  site=target/site
fi
site="$(cd "$site" && pwd)"
budget=$((20 * 1024))

gz() { gzip -6 -c "$1" | wc -c; }

report="$(mktemp)"
trap 'rm -f "$report"' EXIT
while IFS= read -r -d '' page; do
  dir="$(dirname "$page")"
  html=$(gz "$page")
  assets=0
  list=""
  # Same-site references: stylesheets, scripts, images (relative URLs; no third-party requests exist).
  while IFS= read -r ref; do
    [[ -z "$ref" || "$ref" == *://* || "$ref" == data:* || "$ref" == //* ]] && continue
    ref="${ref%%[?#]*}"
    if [[ "$ref" == /* ]]; then
      # root-relative (the 404 page): drop the site's base path, e.g. /repo-name/css/site.css
      file="$site$ref"; [[ -f "$file" ]] || file="$site/${ref#/*/}"
    else
      file="$(realpath -m "$dir/$ref")"
    fi
    [[ -f "$file" ]] || { echo "missing: $ref (from ${page#"$site"/})" >&2; continue; }
    size=$(gz "$file")
    assets=$((assets + size))
    list="$list ${file#"$site"/}"
  done < <(grep -oE '<(link[^>]*rel="stylesheet"[^>]*href|script[^>]*src|img[^>]*src|source[^>]*srcset)="[^"]*"' "$page" \
             | sed -E 's/.*="([^"]*)"$/\1/' | sort -u)
  total=$((html + assets))
  flag=""; (( total > budget )) && flag="  OVER BUDGET"
  printf '%7d %7d %7d  %s%s\n' "$total" "$html" "$assets" "${page#"$site"/}" "$flag" >> "$report"
done < <(find "$site" -name '*.html' -print0)

count=$(wc -l < "$report")
printf 'Page weight, gzip -6 bytes (budget %d bytes = 20 KiB), %d pages, heaviest first\n' "$budget" "$count"
printf '%7s %7s %7s  %s\n' total html assets page
sort -rn "$report" | head -n "${TOP:-$count}"
over=$(awk -v b="$budget" '$1 > b' "$report" | wc -l)
awk '{ t += $1 } END { printf "average %.0f bytes a page\n", t / NR }' "$report"
echo "pages over budget: $over"
[[ "$over" -eq 0 ]]
