#!/usr/bin/env bash
# benchmarks/bake.sh [N] — how long does `mvn -o -q jbake:generate` take?
#
# In one run, bakes N times (default 5) each of:
#   real   the real site (this project, with its pom, .mvn/jvm.config and exclusions);
#   stock  a minimal JBake site of three Markdown pages, generated into a temp folder, built with
#          the plugin's stock setup (no dependency overrides, no exclusions, no JVM options: the
#          temp folder is outside this project, so our .mvn/jvm.config does not apply);
#   x4, x10  synthetic copies of this site with four and ten times the actors, events and terms
#          (content copied with renamed keys), to show the cost of each extra page and how it
#          grows: the CPU per extra page from 1x to 4x and from 4x to 10x (equal means linear).
# and prints the median wall time, CPU time (user+sys) and peak memory (max RSS) of each,
# the real/stock ratio and the CPU cost per extra page. Needs Maven and a filled ~/.m2
# (run `mvn jbake:generate` once online first). BENCH_X10=0 skips the synthetic sites;
# X10_RUNS (default 1) sets how many times each is baked (x10 is slow). Uses /usr/bin/time -v (installs `time` with
# apt-get when missing and possible).
set -euo pipefail
N="${1:-5}"
PROJECT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/nrc-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

if [ ! -x /usr/bin/time ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq time >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq time >/dev/null)
  fi
fi
[ -x /usr/bin/time ] || { echo "bake.sh: /usr/bin/time is missing (apt-get install time)" >&2; exit 2; }

# ---- the stock three-page site ------------------------------------------------------------
STOCK="$WORK/stock"
mkdir -p "$STOCK/src/main/jbake/content" "$STOCK/src/main/jbake/templates" "$STOCK/src/main/jbake/assets"
cat > "$STOCK/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>stock</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>org.jbake</groupId><artifactId>jbake-maven-plugin</artifactId><version>2.7.0-rc.7</version>
  </plugin></plugins></build>
</project>
POM
J="$STOCK/src/main/jbake"
echo "site.host=http://localhost" > "$J/jbake.properties"
for i in 1 2 3; do
  printf 'title=Page %s\ntype=page\nstatus=published\n~~~~~~\n## Heading %s\n\nSome *Markdown* text with a [link](https://example.org/) and a list:\n\n- one\n- two\n' "$i" "$i" > "$J/content/page$i.md"
done
for t in page post index archive tags; do
  printf '<!DOCTYPE html><html><head><title>${(content.title)!"site"}</title></head><body>${(content.body)!""}</body></html>\n' > "$J/templates/$t.ftl"
done
printf '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>\n' > "$J/templates/feed.ftl"
echo "body{}" > "$J/assets/site.css"

# ---- the synthetic copies: K times the actors, events and terms ------------------------------
synthetic() {
  local k="$1" dir="$WORK/x$1" n f key sub
  mkdir -p "$dir"
  (cd "$PROJECT" && cp -r pom.xml jbake.properties .mvn content templates data assets "$dir/")
  for sub in actors events terms id/actors id/events id/terms; do
    [ -d "$dir/content/$sub" ] || continue
    for f in "$PROJECT/content/$sub"/*.md; do
      key="$(basename "$f" .md)"
      for n in $(seq 2 "$k"); do
        sed -e "s/^key=$key\$/key=$key-x$n/" -e "s/^title=\(.*\)\$/title=\1 ($n)/" "$f" > "$dir/content/$sub/$key-x$n.md"
      done
    done
  done
  echo "$dir"
}

count_pages() { find "$1" -name '*.html' | wc -l; }

# bake_once NAME DIR OUT: one timed bake; appends "wall cpu rss" to $WORK/NAME.runs.
bake_once() {
  local name="$1" dir="$2" out="$3" wall user sys rss
  rm -rf "$out"
  if ! (cd "$dir" && /usr/bin/time -v -o "$WORK/time.txt" mvn -o -q jbake:generate >"$WORK/$name.log" 2>&1); then
    echo "$name: the bake FAILED:" >&2; tail -5 "$WORK/$name.log" | sed 's/^/    /' >&2; exit 1
  fi
  wall=$(grep 'Elapsed (wall clock)' "$WORK/time.txt" | awk -F': ' '{print $2}' | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  user=$(grep 'User time' "$WORK/time.txt" | awk -F': ' '{print $2}')
  sys=$(grep 'System time' "$WORK/time.txt" | awk -F': ' '{print $2}')
  rss=$(grep 'Maximum resident' "$WORK/time.txt" | awk -F': ' '{print $2}')
  echo "$wall $(echo "$user + $sys" | bc) $rss" >> "$WORK/$name.runs"
}

# summary NAME OUT: "name wall_median cpu_median rss_median pages" (each median taken separately).
summary() {
  local name="$1" out="$2" runs med col
  runs=$(wc -l < "$WORK/$name.runs"); med=$(( (runs + 1) / 2 ))
  printf '%s' "$name"
  for col in 1 2 3; do printf ' %s' "$(awk -v c=$col '{print $c}' "$WORK/$name.runs" | sort -g | sed -n "${med}p")"; done
  echo " $(count_pages "$out")"
}

# One untimed bake of each first: it warms the disk cache, and fetches the stock plugin's own
# dependencies (Groovy, Thymeleaf... which this project replaces) into ~/.m2 the first time.
(cd "$STOCK" && mvn -q jbake:generate >"$WORK/stock-warmup.log" 2>&1) || { echo "stock warm-up bake failed:" >&2; tail -5 "$WORK/stock-warmup.log" >&2; exit 1; }
(cd "$PROJECT" && mvn -q jbake:generate >"$WORK/real-warmup.log" 2>&1) || { echo "real warm-up bake failed:" >&2; tail -5 "$WORK/real-warmup.log" >&2; exit 1; }
echo "Baking the real and the stock site $N times each, alternately (medians)..." >&2
for i in $(seq 1 "$N"); do
  bake_once real "$PROJECT" "$PROJECT/target/site"
  bake_once stock "$STOCK" "$STOCK/target/stock-1"
done
REAL=$(summary real "$PROJECT/target/site")
STK=$(summary stock "$STOCK/target/stock-1")
if [ "${BENCH_X10:-1}" = 1 ]; then
  for k in 4 10; do
    dir=$(synthetic "$k")
    for i in $(seq 1 "${X10_RUNS:-1}"); do bake_once "x$k" "$dir" "$dir/target/site"; done
  done
  FOUR=$(summary x4 "$WORK/x4/target/site"); TEN=$(summary x10 "$WORK/x10/target/site")
else
  FOUR="x4 0 0 0 0"; TEN="x10 0 0 0 0"
fi

printf '\n%-6s %10s %10s %12s %6s\n' site wall_s cpu_s peak_rss_MB pages
for row in "$STK" "$REAL" "$FOUR" "$TEN"; do
  set -- $row
  printf '%-6s %10.2f %10.2f %12.0f %6s\n' "$1" "$2" "$3" "$(echo "$4 / 1024" | bc -l)" "$5"
done
set -- $STK; sw=$2; sc=$3
set -- $REAL; rw=$2; rc=$3; rp=$5
echo
printf 'ratio real/stock: wall %.2f, cpu %.2f  (goal: <= 1.0)\n' "$(echo "$rw / $sw" | bc -l)" "$(echo "$rc / $sc" | bc -l)"
set -- $FOUR; fc=$3; fp=$5
set -- $TEN; tc=$3; tp=$5
if [ "$fp" -gt "$rp" ] && [ "$tp" -gt "$fp" ]; then
  a=$(echo "($fc - $rc) * 1000 / ($fp - $rp)" | bc -l); b=$(echo "($tc - $fc) * 1000 / ($tp - $fp)" | bc -l)
  printf 'CPU per extra page, 1x->4x: %.1f ms over %d pages; 4x->10x: %.1f ms over %d pages  (goal: <= 10 ms)\n' "$a" $((fp - rp)) "$b" $((tp - fp))
  printf 'growth: 4x->10x cost per page / 1x->4x cost per page = %.2f  (goal: <= 1.25, linear)\n' "$(echo "$b / $a" | bc -l)"
fi
