#!/usr/bin/env bash
# Lighthouse benchmark (not part of the test suite): bakes the site, serves target/site on
# 127.0.0.1 with gzip (as GitHub Pages does), and runs Lighthouse 12.2.3 (mobile form factor,
# Lighthouse's default throttling) on four pages: home, an actor page, the chronology and the
# glossary. Prints the four category scores, Largest Contentful Paint and total bytes.
#
#   benchmarks/lighthouse.sh               # all four pages
#   PAGES="index.html glossary.html" benchmarks/lighthouse.sh
#
# Needs node + npm (Lighthouse goes into benchmarks/node_modules, ignored by git) and
# Debian's Chromium at /usr/bin/chromium (apt-get install -y chromium).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
port="${PORT:-8831}"
out="$root/target/lighthouse"
pages="${PAGES:-index.html actors/jens-stoltenberg.html chronology.html glossary.html}"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

[[ -x "$CHROME_PATH" ]] || { echo "No Chromium at $CHROME_PATH: apt-get install -y chromium" >&2; exit 1; }
if [[ ! -x "$here/node_modules/.bin/lighthouse" ]]; then
  (cd "$here" && npm install --no-audit --no-fund --loglevel=error)   # lighthouse 12.2.3, from package.json
fi

echo "Baking with site.base http://127.0.0.1:$port/ …"
(cd "$root" && mvn -q jbake:generate -Dsite.base="http://127.0.0.1:$port/" >/dev/null)
mkdir -p "$out"

# A small static server with gzip, like GitHub Pages.
node -e '
const http = require("http"), fs = require("fs"), path = require("path"), zlib = require("zlib");
const root = process.argv[1], port = +process.argv[2];
const types = {".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".svg": "image/svg+xml", ".xml": "application/xml", ".json": "application/json", ".txt": "text/plain"};
http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (p.endsWith("/")) p += "index.html";
  const f = path.join(root, path.normalize(p));
  if (!f.startsWith(root) || !fs.existsSync(f) || !fs.statSync(f).isFile()) { res.writeHead(404); res.end(); return; }
  let body = fs.readFileSync(f);
  const headers = {"Content-Type": types[path.extname(f)] || "application/octet-stream", "Cache-Control": "max-age=600"};
  if (/\bgzip\b/.test(req.headers["accept-encoding"] || "")) { body = zlib.gzipSync(body); headers["Content-Encoding"] = "gzip"; }
  res.writeHead(200, headers); res.end(body);
}).listen(port, "127.0.0.1");
' "$root/target/site" "$port" &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
sleep 1

printf '\n%-32s %5s %5s %5s %5s %9s %10s\n' page perf a11y bp seo "LCP (ms)" "bytes"
for page in $pages; do
  report="$out/$(echo "$page" | tr '/' '_' | sed 's/\.html$//').json"
  "$here/node_modules/.bin/lighthouse" "http://127.0.0.1:$port/$page" \
    --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    >/dev/null 2>"$out/lighthouse.log" || { echo "lighthouse failed on $page (see $out/lighthouse.log)" >&2; exit 1; }
  node -e '
const r = require(process.argv[1]), c = r.categories, a = r.audits;
const s = k => c[k] && c[k].score !== null ? Math.round(c[k].score * 100) : "-";
console.log([process.argv[2].padEnd(32), String(s("performance")).padStart(5), String(s("accessibility")).padStart(5),
  String(s("best-practices")).padStart(5), String(s("seo")).padStart(5),
  String(Math.round(a["largest-contentful-paint"].numericValue)).padStart(9),
  String(Math.round(a["total-byte-weight"].numericValue)).padStart(10)].join(" "));
' "$report" "$page"
done
echo "Reports: $out/*.json (Lighthouse 12.2.3, mobile, simulated throttling)"
